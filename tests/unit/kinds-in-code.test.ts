import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_KEYS, kindOf } from '../../src/content-kinds.ts';

// Every kind of content is one entry in src/content-kinds.ts (tests/unit/content-kinds.test.ts): code
// outside the registry and the pages takes its kinds from there, and lists none of its own. A test of
// the source text: `npm run bench:mutatie` leaves it out (vitest.mutation.config.ts), as Stryker's
// instrumented copy of the code is not the code as written.

const kinds = KIND_KEYS.map((key) => ({ key, kind: kindOf(key) }));

describe('the code', () => {
  // Page code asks for the collections it shows by name; anything else takes its kinds from the registry.
  const PAGE_CODE = /^src\/(?:pages|components|layouts|data)\//;
  const ALLOWED: Record<string, string> = {
    'src/content-kinds.ts': 'the registry',
    'src/urls.ts': "entryPath links a per-year entry's page in the browser's module graph; checked against the registry above",
  };
  const files = (readdirSync('src', { recursive: true }) as string[])
    .filter((name) => /\.(?:ts|mjs|astro)$/.test(name))
    .map((name) => join('src', name))
    .filter((file) => !PAGE_CODE.test(file) && !(file in ALLOWED));

  it('lists no kinds of content outside the registry', () => {
    expect(files.length).toBeGreaterThan(50);
    const lists = files.flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      // Three collection names in quotes ('domeinen', 'coalities', 'themas') are a list; one or two are fields such as deelnemers.gemeenten.
      const names = kinds.filter(({ kind }) => new RegExp(`['"\`]${kind.collection}['"\`]`).test(code)).map(({ kind }) => kind.collection);
      // Two kinds of the model spread or listed ([...content.domains, ...content.coalitions]) are a list.
      const keys = kinds.filter(({ key }) => new RegExp(`(?:\\.\\.\\.|[[,]\\s*)content\\.${key}\\b`).test(code)).map(({ key }) => key);
      return [...(names.length >= 3 ? [`${file}: ${names.join(', ')}`] : []), ...(keys.length >= 2 ? [`${file}: ${keys.join(', ')}`] : [])];
    });
    expect(lists).toEqual([]);
  });
});
