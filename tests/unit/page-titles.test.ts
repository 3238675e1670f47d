import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPageTitle, pageTitleList, siteTitle } from '../../src/lib/page-titles.ts';

const GEZONDHEID = { title: 'Gezondheid 2020', kind: 'Domein', year: 2020, period: '2020' };

describe('the list of pages', () => {
  it('finds a page by its path, with or without the trailing slash or .html', () => {
    const list = pageTitleList([
      ['/2020/domeinen/gezondheid/', GEZONDHEID],
      ['/404/', { title: 'Pagina niet gevonden' }],
      ['/', { title: 'Twente begroting' }],
    ]);
    expect(findPageTitle(list, '/2020/domeinen/gezondheid/')).toBe(GEZONDHEID);
    for (const path of ['/404', '/404/', '/404.html']) expect(findPageTitle(list, path).title).toBe('Pagina niet gevonden');
    expect(findPageTitle(list, '/').title).toBe('Twente begroting');
  });

  it('stops the build for a page that is not listed, and says where to add it', () => {
    const list = pageTitleList([['/jaren/', { title: 'Alle jaren', kind: 'Overzicht' }]]);
    expect(() => findPageTitle(list, '/2020/domeinen/nieuw/')).toThrow(
      'No title for the page /2020/domeinen/nieuw/: add the page to src/data/page-titles.ts',
    );
  });

  it('stops the build when two lines name the same page', () => {
    expect(() =>
      pageTitleList([
        ['/zoeken/', { title: 'Zoeken' }],
        ['/zoeken', { title: 'Zoek' }],
      ]),
    ).toThrow('Page /zoeken is listed twice in src/data/page-titles.ts');
  });

  it("makes a page's <title>: its title and the site's name, the name alone on the home page", () => {
    expect(siteTitle('Gezondheid 2020', 'Twente begroting')).toBe('Gezondheid 2020 | Twente begroting');
    expect(siteTitle('Twente begroting', 'Twente begroting')).toBe('Twente begroting');
    expect(siteTitle('Gezondheid 2020', 'Voorbeeldbegroting')).toBe('Gezondheid 2020 | Voorbeeldbegroting');
  });
});

/** Every source file of the site under `dir` that can write HTML or hand a layout its props. */
const sources = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((name) => /\.(astro|mdx|ts)$/.test(name)).map((name) => join(dir, name));

/** Source code without its comments, which may name the elements they explain. */
const withoutComments = (source: string): string => source.replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->|(^|[^:])\/\/.*$/gm, '$1');

/** The names of the attributes of every opening tag of `component` in `source`, attribute values skipped. */
function attributeNames(source: string, component: string): string[][] {
  const tags: string[][] = [];
  for (let at = source.indexOf(`<${component}`); at !== -1; at = source.indexOf(`<${component}`, at + 1)) {
    const names: string[] = [];
    let i = at + component.length + 1;
    while (i < source.length && source[i] !== '>' && !source.startsWith('/>', i)) {
      const name = /^\s*([\w:-]+)/.exec(source.slice(i));
      if (!name?.[1]) {
        i++;
        continue;
      }
      names.push(name[1]);
      i += name[0].length;
      if (source[i] === '=') {
        i++;
        // A quoted value, or an expression in braces (nested braces and template strings balance).
        if (source[i] === '"') i = source.indexOf('"', i + 1) + 1;
        else
          for (let depth = 0; i < source.length; i++)
            if (source[i] === '{') depth++;
            else if (source[i] === '}' && --depth === 0) {
              i++;
              break;
            }
      }
    }
    tags.push(names);
  }
  return tags;
}

describe('a page gets its title from the list of pages only', () => {
  // The staff's CMS (/beheer/) is a tool, not a page of the site: its own short head, no layout, no card.
  const files = sources('src').filter((file) => file !== join('src', 'pages', 'beheer', 'index.astro'));

  it('has source files to check', () => {
    expect(files).toContain(join('src', 'components', 'PageHead.astro'));
    expect(files.length).toBeGreaterThan(50);
  });

  it('only src/components/PageHead.astro writes a <title> or an Open Graph title', () => {
    const writers = files.filter((file) => /<title>|og:title/.test(withoutComments(readFileSync(file, 'utf8'))));
    expect(writers).toEqual([join('src', 'components', 'PageHead.astro')]);
  });

  it('no page hands its layout a title, kind, year or key figure of its own', () => {
    const pages = files.filter((file) => file.startsWith(join('src', 'pages')) && /\.(astro|mdx)$/.test(file));
    const layoutTags = pages.flatMap((file) =>
      ['BaseLayout', 'EmbedLayout'].flatMap((layout) =>
        attributeNames(readFileSync(file, 'utf8'), layout).map((names) => ({ file, names })),
      ),
    );
    // Every page uses a layout: the check reads their props.
    expect(new Set(layoutTags.map(({ file }) => file))).toEqual(new Set(pages));
    expect(layoutTags.flatMap(({ names }) => names)).toContain('description');
    const own = layoutTags.filter(({ names }) => names.some((name) => ['title', 'search', 'headline', 'kind', 'figure'].includes(name)));
    expect(own).toEqual([]);
  });

  it('reads the props of a layout tag, whatever their values hold', () => {
    const source =
      '<BaseLayout\n  title={`${a} {b}`}\n  description="x > y"\n  breadcrumbs={[{ label: "A", path: p() }]}\n  sectionLinks\n>\n<p>';
    expect(attributeNames(source, 'BaseLayout')).toEqual([['title', 'description', 'breadcrumbs', 'sectionLinks']]);
  });
});
