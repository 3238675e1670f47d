import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A throw-away copy of the project (node_modules linked) whose content can be changed and built. */
export interface SiteCopy {
  dir: string;
  /** Replaces `from` by `to` in a file under content/; fails when `from` is not there. */
  edit(file: string, from: string, to: string): void;
  /** Copies the files of a folder over content/. */
  addContent(folder: string): void;
  /** Appends text to a file under content/. */
  append(file: string, text: string): void;
  /** Runs `astro build`; returns its exit code and all it printed. */
  build(): { status: number | null; output: string };
  cleanup(): void;
}

export function siteCopy(): SiteCopy {
  const dir = mkdtempSync(join(tmpdir(), 'twente-site-'));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    cpSync(name, join(dir, name), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    edit(file, from, to) {
      const path = join(dir, 'content', file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(from)) throw new Error(`Not in ${file}: ${from}`);
      writeFileSync(path, text.replace(from, to));
    },
    addContent(folder) {
      cpSync(folder, join(dir, 'content'), { recursive: true });
    },
    append(file, text) {
      appendFileSync(join(dir, 'content', file), text);
    },
    build() {
      const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      return { status: result.status, output: result.stdout + result.stderr };
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
