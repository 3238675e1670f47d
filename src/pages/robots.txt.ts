import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapPath } from '../urls.ts';

// Every page may be crawled; the sitemap lists them (src/integrations/sitemap.ts).
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapPath())}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
