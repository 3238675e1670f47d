import { defineHastPlugin } from 'satteri';
import { slugify } from '../lib/slug.ts';

/**
 * Gives every sub-heading a stable id and a link to itself, so anyone can copy a link to that
 * section (it works without JavaScript; src/browser/copy-link.ts also copies the address), and
 * marks links to other sites as external.
 */
export const headingLinks = defineHastPlugin({
  name: 'heading-links',
  element: {
    filter: ['h2', 'h3', 'h4', 'a'],
    visit(node, ctx) {
      if (node.tagName === 'a') {
        const href = node.properties?.href;
        if (typeof href === 'string' && /^https?:\/\//.test(href)) {
          ctx.setProperty(node, 'rel', 'noopener external');
          ctx.appendChild(node, {
            type: 'element',
            tagName: 'span',
            properties: { className: ['visually-hidden'] },
            children: [{ type: 'text', value: ' (andere website)' }],
          });
        }
        return;
      }
      const title = ctx.textContent(node);
      // Ids as GitHub makes them ("gezond-opgroeien"), numbered when a heading repeats.
      const used = ((ctx.data as Record<string, unknown>).headingIds ??= new Map<string, number>()) as Map<string, number>;
      const base = typeof node.properties?.id === 'string' ? node.properties.id : slugify(title);
      const count = used.get(base) ?? 0;
      used.set(base, count + 1);
      const id = count === 0 ? base : `${base}-${count}`;
      ctx.setProperty(node, 'id', id);
      ctx.appendChild(node, {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-link'], href: `#${id}`, dataPagefindIgnore: 'all' },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['visually-hidden'] },
            children: [{ type: 'text', value: `Link naar dit kopje: ${title}` }],
          },
        ],
      });
    },
  },
});
