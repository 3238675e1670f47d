import { describe, expect, it } from 'vitest';
import { findRegionWords, namesInContent, REGION_WORDS, regionWordsIn, sourceFiles, stripComments } from '../helpers/region-words.ts';

// The same code serves any joint arrangement: every name of this one (the region, the body, its municipalities
// and their number, its organisations) comes from content/, the site's own names from content/site.yaml. Only
// comments may give an example. This covers all of src/, pages and footer included, with the words below
// and every name the content gives (the site, the body, the region, each municipality).

/** Lines that may keep a word, each with why. */
const ALLOWED = [{ file: 'src/lib/dutch.ts', text: "'veertien',", why: 'the Dutch number words up to twenty' }];

const files = sourceFiles('src');
const words = [...REGION_WORDS, ...namesInContent()];

describe('src/ without the names of one joint arrangement', () => {
  it('has files to check: scripts, Astro components, layouts and pages', () => {
    expect(files.filter((file) => file.endsWith('.ts')).length).toBeGreaterThan(50);
    expect(files.filter((file) => file.endsWith('.astro')).length).toBeGreaterThan(30);
    expect(files).toContain('src/components/SiteHeader.astro');
    expect(files).toContain('src/components/SiteFooter.astro');
    expect(files.some((file) => file.startsWith('src/pages/'))).toBe(true);
    // The site's name, the body's two names, the region and its adjective, and fourteen municipalities.
    expect(words.map(({ word }) => word)).toEqual(
      expect.arrayContaining(['Regio Twente', 'SamenTwente', 'Almelo', 'Losser', 'Twenterand']),
    );
    expect(words.length).toBeGreaterThanOrEqual(REGION_WORDS.length + 5 + 14);
  });

  it('names no region, body, municipality, municipality count, organisation, document date or CBS code outside comments', () => {
    const hits = findRegionWords(files, words).filter(
      (hit) => !ALLOWED.some((allowed) => allowed.file === hit.file && allowed.text === hit.text),
    );
    expect(hits.map((hit) => `${hit.file}:${hit.line} ${hit.word}: ${hit.text}`)).toEqual([]);
  });

  it('allows only lines that still exist', () => {
    const hits = findRegionWords(ALLOWED.map((allowed) => allowed.file));
    for (const allowed of ALLOWED)
      expect(
        hits.some((hit) => hit.file === allowed.file && hit.text === allowed.text),
        allowed.why,
      ).toBe(true);
  });
});

describe('the scanner', () => {
  const words = (source: string, file: string) => regionWordsIn(source, file).map((hit) => `${hit.line} ${hit.word}`);

  it('finds the names of the content as whole words', () => {
    const found = (source: string) => regionWordsIn(source, 'x.astro', namesInContent()).map((hit) => hit.word);
    expect(found('<p>Gemeente Almelo en de Regio Twente</p>')).toEqual(['Regio Twente', 'Twente', 'Almelo']);
    expect(found('<p>Almelose wegen, Losserweg</p>')).toEqual([]);
  });

  it('finds the words in strings, templates and identifiers, case-insensitively, with their line', () => {
    expect(words("const a = 1;\nconst title = 'Twente begroting';", 'x.ts')).toEqual(['2 Twente']);
    expect(words('const t = `per inwoner van ${x} en de veertien gemeenten`;', 'x.ts')).toEqual(['1 veertien']);
    expect(words("const role = data.samenTwente; const c = 'GM0153';", 'x.ts')).toEqual(['1 Twente', '1 CBS code']);
    expect(words('<p>Alle Twentse gemeenten, de GGD en Netwerkstad</p>', 'x.astro')).toEqual(['1 Twents(e)', '1 GGD', '1 Netwerkstad']);
    expect(words("---\nconst a = 'Kennispunt';\n---\n<p>dia's van 16 oktober 2024</p>", 'x.astro')).toEqual([
      '2 Kennispunt',
      '4 16 oktober 2024',
    ]);
  });

  it('skips comments of every kind: //, /* */, JSDoc, {/* */} and <!-- -->', () => {
    const script = [
      '// Twente',
      'const a = 1; // veertien',
      '/** The body, "Regio Twente". */',
      '/*',
      ' * SamenTwente',
      ' */',
      "const b = 'x'; /* GGD */ const c = 'y';",
    ].join('\n');
    expect(words(script, 'x.ts')).toEqual([]);
    expect(stripComments(script, 'x.ts').split('\n')).toHaveLength(7);
    const astro = [
      '---\n// Twente\nconst a = 1;\n---',
      '{/* veertien gemeenten */}',
      '<!-- Kennispunt -->',
      '<p>Tekst</p>',
      '  // Netwerkstad',
    ].join('\n');
    expect(words(astro, 'x.astro')).toEqual([]);
  });

  it('keeps what only looks like a comment: "//" and "/*" in strings, templates, regexes and text', () => {
    expect(words("const url = 'https://voorbeeld.nl'; const t = 'Twente';", 'x.ts')).toEqual(['1 Twente']);
    expect(words("const glob = 'content/*/jaar.yaml';\nconst t = 'Twente'; // */", 'x.ts')).toEqual(['2 Twente']);
    expect(words('const u = `https://${host}/`; const t = `${a ? `b` : "c"} veertien`;', 'x.ts')).toEqual(['1 veertien']);
    expect(words("const r = /^https?:\\/\\//; const t = 'GGD';", 'x.ts')).toEqual(['1 GGD']);
    expect(words('<p>Zie https://voorbeeld.nl over Twente</p>', 'x.astro')).toEqual(['1 Twente']);
  });
});
