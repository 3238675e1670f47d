// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import contentErrorsInDev from './src/integrations/content-errors-dev.ts';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import cms from './src/integrations/cms.ts';
import redirects from './src/integrations/redirects.ts';
import securityPolicy from './src/integrations/security-policy.ts';
import searchIndex from './src/integrations/search-index.ts';
import siteMap from './src/integrations/sitemap.ts';
import { baseLinks } from './src/markdown/base-links.ts';
import { headingLinks } from './src/markdown/heading-links.ts';
import { normaliseBase } from './src/lib/paths.ts';

// Set BASE_PATH (such as /twente-begroting/) when the site lives under a path instead of at a domain root.
// Pages and components put it in front of their links while rendering (src/urls.ts), Markdown content
// through baseLinks below.
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  // The public address, for canonical links; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://twentebegroting.nl',
  base,
  trailingSlash: 'always',
  // Four pages at a time: while one page's file is written, the next renders.
  // All CSS inline: a page paints from its first response, without waiting for a stylesheet (one
  // round trip, about 150 ms on a mobile connection). The styles cost 2-3 KB gzip per page; a separate,
  // cached stylesheet would only pay off after some ten pages in one visit. HTML plus CSS stays within
  // 14 KB gzip (tests/build/budgets.test.ts), the first round trip.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'always' },
  // compressHTML drops the space between text and an expression on the next source line
  // ("uit de {titel}\n({datum})" became "2017-2020(28 juni 2017)"); gzip makes the saving small anyway.
  compressHTML: false,
  // Astro's log without a line per page written (src/integrations/build-log.ts).
  logger: { entrypoint: './src/integrations/build-log.ts' },
  // Keep quotes and apostrophes exactly as the source documents have them.
  // Sub-headings get a link to themselves; links get the base path. The first use of a glossary term
  // on a page links to its explanation, in Markdown and component text alike (src/lib/explain-terms.ts, run by the layouts).
  // A heading may set its anchor (`## De norm {#norm}`), so a page text keeps the anchors links point to, and a
  // term followed by a line `: explanation` is a definition list (the words explained on /over/).
  // No code blocks in this content, and Shiki's inline styles would break the Content-Security-Policy
  // that each page gets after the build (src/integrations/csp.ts, through src/integrations/security-policy.ts).
  markdown: {
    syntaxHighlight: false,
    processor: satteri({
      features: { smartPunctuation: false, headingAttributes: true, definitionList: true },
      hastPlugins: [headingLinks, baseLinks(base)],
    }),
  },
  integrations: [redirects(), mdx(), securityPolicy(), searchIndex(), siteMap(base), cms(base), contentErrorsInDev()],
});
