import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Each folder of src/ says what it holds, and the code keeps to it. src/browser/ is the code that runs in
// the visitor's browser: components and pages load it with a <script> (Vite bundles it for the browser),
// nothing else in src/ imports it, and it reaches no Node module. Build steps live in src/integrations/,
// the preview-card renderer in src/cards/. The README's code section names every folder of src/.
const SRC = 'src';
const BROWSER = join(SRC, 'browser');

const sourceFiles = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((name) => /\.(?:ts|mjs|astro)$/.test(name))
  .map((name) => join(SRC, name));

/** The <script> blocks of a component that Astro bundles (not is:inline, not JSON-LD or another type). */
function bundledScripts(source: string): string[] {
  return [...source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\bis:inline\b|\btype=/.test(attributes ?? ''))
    .map(([, , body]) => body ?? '');
}

/** Every module specifier that code imports at run time (`import type` is erased and left out). */
function runtimeImports(code: string): string[] {
  const statics = [...code.matchAll(/\b(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g)]
    .filter(([, typeOnly]) => !typeOnly)
    .map(([, , specifier]) => specifier ?? '');
  const dynamics = [...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map(([, specifier]) => specifier ?? '');
  return [...statics, ...dynamics];
}

/** The file a relative specifier points to, as a path like the ones in sourceFiles; undefined for packages. */
const resolved = (from: string, specifier: string): string | undefined =>
  specifier.startsWith('.') ? relative('.', resolve(dirname(from), specifier)) : undefined;

const inBrowserFolder = (file: string): boolean => file.startsWith(`${BROWSER}/`);

const isNodeBuiltin = (specifier: string): boolean =>
  specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] ?? '');

/** Each component's bundled scripts and the modules they import. */
const scriptImports = sourceFiles
  .filter((file) => file.endsWith('.astro'))
  .flatMap((file) =>
    bundledScripts(readFileSync(file, 'utf8')).flatMap((script) =>
      runtimeImports(script).map((specifier) => ({ file, specifier, target: resolved(file, specifier) })),
    ),
  );

/** Every module the browser loads from src/: the scripts' imports and, in turn, everything those import. */
function browserModules(): Set<string> {
  const reached = new Set<string>();
  const queue = scriptImports.flatMap(({ target }) => (target ? [target] : []));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (reached.has(file)) continue;
    reached.add(file);
    for (const specifier of runtimeImports(readFileSync(file, 'utf8'))) {
      const target = resolved(file, specifier);
      if (target) queue.push(target);
    }
  }
  return reached;
}

describe('src/browser/', () => {
  const browserFiles = sourceFiles.filter(inBrowserFolder);

  it('is the only code in src/ that a <script> loads', () => {
    expect(browserFiles.length).toBeGreaterThan(3);
    expect(scriptImports.length).toBeGreaterThan(3);
    expect(scriptImports.filter(({ target }) => !target || !inBrowserFolder(target))).toEqual([]);
  });

  it('holds only code the browser loads', () => {
    const reached = browserModules();
    expect(browserFiles.filter((file) => !reached.has(file))).toEqual([]);
  });

  it('reaches no Node module, directly or through the modules it imports', () => {
    const nodeImports = [...browserModules()].flatMap((file) =>
      runtimeImports(readFileSync(file, 'utf8'))
        .filter(isNodeBuiltin)
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(nodeImports).toEqual([]);
  });

  it('is imported by no other code in src/ (only by <script>s)', () => {
    const importers = sourceFiles
      .filter((file) => !inBrowserFolder(file))
      .flatMap((file) => {
        // A component's <script>s are the browser's way in; its frontmatter and markup run at build time.
        const code = readFileSync(file, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
        return runtimeImports(code)
          .filter((specifier) => inBrowserFolder(resolved(file, specifier) ?? ''))
          .map((specifier) => `${file}: ${specifier}`);
      });
    expect(importers).toEqual([]);
  });
});

describe('README', () => {
  it('names every folder of src/ in its code section', () => {
    const readme = readFileSync('README.md', 'utf8');
    const code = /^## Code\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
    expect(code.length).toBeGreaterThan(100);
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.length).toBeGreaterThan(5);
    expect(folders.filter((name) => !code.includes(`\`src/${name}/`))).toEqual([]);
  });
});

describe('pages, components and layouts', () => {
  it('read content only through src/data/ (also .mdx pages, which the lint rule does not see)', () => {
    const files = ['src/pages', 'src/components', 'src/layouts'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.(astro|ts|mdx)$/.test(name))
        .map((name) => join(dir, name)),
    );
    expect(files.length).toBeGreaterThan(40);
    // A type-only import names a type, not content; every other import of astro:content reads it.
    const readers = files.filter((file) => /^import\s+(?!type\b)[^;]*from\s+'astro:content'/m.test(readFileSync(file, 'utf8')));
    expect(readers).toEqual([]);
  });
});
