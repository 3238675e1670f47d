import { KIND_KEYS, kindOf } from '../../src/content-kinds.ts';
import type { ContentSet } from '../../src/validation/content-set.ts';
import { isSyntaxError, parseYaml } from '../../src/validation/parse-yaml.ts';

/**
 * A small in-memory content model for rule tests: every kind empty, with `parts` laid over it.
 * Faster than a copy of content/, and each test names only the files its rule reads.
 */
export function contentSet(parts: Partial<Record<keyof ContentSet, unknown>> = {}): ContentSet {
  const empty = Object.fromEntries(KIND_KEYS.map((key) => [key, kindOf(key).path.includes('<') ? [] : undefined]));
  return { ...empty, invalid: [], knownIds: {}, yearFolders: new Set(), files: [], ...parts } as ContentSet;
}

/** A loaded file from YAML text: its data and positions as the loader gives them, plus `extra` (slug, folderYear). */
export function loaded<T = unknown>(file: string, yaml: string, extra: Record<string, unknown> = {}) {
  const parsed = parseYaml(yaml);
  if (isSyntaxError(parsed)) throw new Error(`Test YAML does not parse: ${parsed.message}`);
  return { file, name: file.replace(/^content\//, ''), data: parsed.data as T, parsed, ...extra };
}
