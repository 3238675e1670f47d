import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { defaultCardCacheDir } from '../../src/cards/card-cache.ts';

/** A throw-away copy of the project (see copyProject) whose content can be changed and built. */
export interface SiteCopy {
  dir: string;
  /** Replaces `from` by `to` in a file under content/; fails when `from` is not there. */
  edit(file: string, from: string, to: string): void;
  /** Copies the files of a folder over content/. */
  addContent(folder: string): void;
  /** Appends text to a file under content/. */
  append(file: string, text: string): void;
  /** Runs `astro build` (with extra environment variables); returns its exit code and all it printed. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  cleanup(): void;
}

export function siteCopy(): SiteCopy {
  const dir = copyProject(resolve('.'));
  const cardCacheDir = defaultCardCacheDir();
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
    build(env = {}) {
      const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
        cwd: dir,
        encoding: 'utf8',
        // Copies share the project's cache of preview images (keyed on their content, so sharing is safe).
        env: { ...buildEnvironment(), NO_COLOR: '1', FORCE_COLOR: '0', CARD_CACHE_DIR: cardCacheDir, ...env },
      });
      return { status: result.status, output: result.stdout + result.stderr };
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** This process's environment without what vitest adds for Vite (BASE_URL, MODE, ...), which would leak into Astro's build. */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  return env;
}
