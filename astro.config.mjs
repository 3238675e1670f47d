// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentValidation from './src/integrations/content-validation.ts';

export default defineConfig({
  site: 'https://twentebegroting.nl',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentValidation(), mdx()],
});
