import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/lib/ is pure logic (money, shares, paths, CSV, ...): testable without Astro, a build or the
// environment. Settings come from src/settings.ts, build steps live in src/integrations/,
// code for the visitor's browser in src/browser/ (tests/unit/src-layout.test.ts).
const FORBIDDEN = [
  { name: 'environment variables', pattern: /process\.env|import\.meta\.env/ },
  { name: 'threads and processes', pattern: /node:(?:worker_threads|child_process)/ },
  { name: 'Astro itself (astro/zod is zod)', pattern: /from ['"](?:astro:[\w-]+|astro(?:\/(?!zod['"])[\w/-]+)?)['"]/ },
  { name: 'the file system', pattern: /from ['"]node:fs/ },
];

const files = (readdirSync('src/lib', { recursive: true }) as string[])
  .filter((name) => name.endsWith('.ts'))
  .map((name) => join('src/lib', name));

describe('src/lib', () => {
  it('has modules to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(FORBIDDEN)('uses no $name', ({ pattern }) => {
    expect(files.filter((file) => pattern.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
