// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentValidation from './src/integrations/content-validation.ts';

export default defineConfig({
  site: 'https://twentebegroting.nl',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // compressHTML drops the space between text and an expression on the next source line
  // ("uit de {titel}\n({datum})" became "2017-2020(28 juni 2017)"); gzip makes the saving small anyway.
  compressHTML: false,
  // Keep quotes and apostrophes exactly as the source documents have them.
  markdown: { smartypants: false },
  integrations: [contentValidation(), mdx()],
});
