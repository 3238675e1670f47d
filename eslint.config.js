// @ts-check
// ESLint for TypeScript, Astro components and their client-side scripts, with the accessibility rules of
// eslint-plugin-jsx-a11y applied to Astro templates. Formatting is Prettier's job (prettier.config.js).
// Not type-aware: typed linting needs a TypeScript program and `astro check` already type-checks.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    '.astro/',
    'test-results/',
    'bench/',
    'public/pagefind/',
    // Written by `npm run schemas`.
    '.vscode/',
    // Test output, not in git (.gitignore).
    '.vitest/',
    // Stryker's sandboxes (npm run bench:mutatie); one stays behind when a run is stopped.
    '.stryker-tmp/',
    // Broken content on purpose (the tests pin every error).
    'tests/fixtures/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],
  { languageOptions: { globals: globals.node } },
  // Scripts that run in the visitor's browser, and the callbacks that browser tests run in the page.
  { files: ['src/browser/**', 'tests/browser/**'], languageOptions: { globals: globals.browser } },
  // Pages and components read content only through src/data/, the one place that knows the collections.
  {
    files: ['src/pages/**', 'src/components/**', 'src/layouts/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'astro:content', message: 'Read content through src/data/ (for example src/data/entries.ts).', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  // The schemas say what content is, with their own error texts (src/schemas/messages.ts); checking
  // content builds on them, never the other way round.
  {
    files: ['src/schemas/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/validation/**'], message: 'Schemas do not import from src/validation/.' }] },
      ],
    },
  },
  {
    rules: {
      // Two spaces in a pattern match two spaces in the text (YAML indentation, "file:line:col  message").
      'no-regex-spaces': 'off',
      // Leaving fields out of an object by destructuring them next to ...rest is how we drop them.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // A wide table sits in a focusable, named <section> so keyboard users can scroll it (axe: scrollable-region-focusable).
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'], roles: ['tabpanel'], allowExpressionValues: true }],
    },
  },
);
