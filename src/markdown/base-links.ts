import { defineHastPlugin } from 'satteri';
import { isRootRelative, underBase } from '../lib/paths.ts';

/**
 * Links in Markdown and MDX content are written from the site's root, as in
 * `[Meedoen](/2025/themas/meedoen/)`; this plugin puts the base path the site is built for in front
 * of them (`base`: "/" or "/twente-begroting/", Astro's `base` in astro.config.mjs), as src/urls.ts
 * does for pages and components. Register it after the plugins that add links.
 */
export function baseLinks(base: string) {
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        if (base === '/') return;
        const attribute = node.tagName === 'a' ? 'href' : 'src';
        const url = node.properties?.[attribute];
        if (typeof url === 'string' && isRootRelative(url)) ctx.setProperty(node, attribute, underBase(url, base));
      },
    },
  });
}
