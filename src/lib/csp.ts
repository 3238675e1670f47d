import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/;

/** The CSP source for an inline element's text, as browsers compute it (over the exact characters). */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The text of every inline <script> (one without src) and every <style> in a page. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\bsrc=/.test(attributes ?? ''))
    .map(([, , text]) => text ?? '');
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, text]) => text ?? '');
  return { scripts, styles };
}

/**
 * Astro lists the hashes of every script and style of the whole site in each page's policy.
 * Keeps only the hashes of the inline scripts and styles this page really has: a shorter page and
 * a tighter policy. Other sources ('self', 'wasm-unsafe-eval') and directives stay as they are.
 */
export function tightenPolicy(html: string): string {
  const match = META.exec(html);
  if (!match) return html;
  const { scripts, styles } = inlineBlocks(html);
  const hashes = { 'script-src': scripts.map(sha256Source), 'style-src': styles.map(sha256Source) };
  const directives = (match[1] ?? '')
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name = '', ...sources] = directive.split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive;
      const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source));
      return [name, ...kept, ...new Set(hashes[name])].join(' ');
    });
  return html.replace(match[0], `<meta http-equiv="content-security-policy" content="${directives.join('; ')}">`);
}
