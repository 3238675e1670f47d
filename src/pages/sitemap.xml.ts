import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapPartPath } from '../urls.ts';

// The sitemap's former address, /sitemap.xml, which search engines and people may still ask for. It
// serves a sitemap index like sitemap-index.xml (which @astrojs/sitemap writes, see
// src/integrations/sitemap.ts): one part, sitemap-0.xml, as the site has far fewer pages than the 45 000
// that @astrojs/sitemap puts in one part. A build test checks that both indexes list the same parts.
export const GET: APIRoute = () =>
  new Response(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      `  <sitemap><loc>${absoluteUrl(sitemapPartPath(0))}</loc></sitemap>`,
      '</sitemapindex>',
      '',
    ].join('\n'),
    { headers: { 'content-type': 'application/xml; charset=utf-8' } },
  );
