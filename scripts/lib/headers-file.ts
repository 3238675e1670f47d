/**
 * The `_headers` file of static hosts (public/_headers, copied to dist/), read the way Cloudflare
 * Pages reads it, so the test server (static-server.ts) sends what the host sends:
 *
 * - A line starting with `/` starts a rule for the paths it matches: `*` matches anything (also `/`),
 *   `:name` one path segment. The other lines of a rule are indented.
 * - `Name: value` sets a header. Every rule that matches a path applies, in file order; a header that
 *   an earlier rule set gets the new value added after a comma.
 * - `! Name` removes a header an earlier matching rule set (a "detach" line), so a more specific rule
 *   can replace it instead of adding to it.
 * - `#` starts a comment line. Rules for a full URL (`https://host/...`) are for one host: ignored here.
 *
 * Pure: text in, rules out; no files.
 */

export interface HeaderRule {
  /** The path pattern as written: "/insluiten/*". */
  pattern: string;
  /** Headers this rule sets, in order, as written. */
  set: [name: string, value: string][];
  /** Headers this rule removes from earlier rules. */
  detach: string[];
}

/** The rules of a `_headers` file, in order. Throws on a line it cannot read, naming the line. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const indented = /^\s/.test(raw);
    if (!indented) {
      current = { pattern: line, set: [], detach: [] };
      rules.push(current);
      return;
    }
    if (!current) throw new Error(`_headers line ${index + 1}: a header before any path: ${line}`);
    if (line.startsWith('!')) {
      const name = line.slice(1).trim();
      if (!name) throw new Error(`_headers line ${index + 1}: "!" without a header name`);
      current.detach.push(name);
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`_headers line ${index + 1}: expected "Name: value" or "! Name": ${line}`);
    current.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/** True when a rule's path pattern matches a request path (without query). */
export function patternMatches(pattern: string, path: string): boolean {
  if (!pattern.startsWith('/')) return false;
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers a host sends for a path: every matching rule in order, with detach lines applied. Names keep their case. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const name of rule.detach) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const earlier = headers.get(key);
      headers.set(key, { name: earlier?.name ?? name, value: earlier ? `${earlier.value}, ${value}` : value });
    }
  }
  return Object.fromEntries([...headers.values()].map(({ name, value }) => [name, value]));
}
