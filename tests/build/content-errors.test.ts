import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('a content mistake', () => {
  it('stops `astro build` with every error, naming file, line and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'twente-build-'));
    try {
      for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
        cpSync(name, join(dir, name), { recursive: true });
      }
      symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
      const edit = (file: string, from: string, to: string) => {
        const path = join(dir, 'content', file);
        writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
      };
      edit('2020/domeinen/gezondheid.md', 'bijdrage: 18165000', 'bijdrage: achttien miljoen');
      edit('2020/coalities/netwerkstad-twente.md', 'oldenzaal]', 'oldenzal]');

      const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      const output = result.stdout + result.stderr;
      expect(result.status).not.toBe(0);
      expect(output).toContain('De inhoud bevat 2 fouten');
      expect(output).toContain('content/2020/domeinen/gezondheid.md:8:11  bijdrage: verwacht een heel bedrag in euro\'s, gevonden "achttien miljoen"');
      expect(output).toContain('content/2020/coalities/netwerkstad-twente.md:8:49  deelnemers.gemeenten[4]: onbekende gemeente "oldenzal" (bedoelt u "oldenzaal"?)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
