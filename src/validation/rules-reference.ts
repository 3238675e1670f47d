import { RULES } from './rules.ts';

// The list of rules in the content guide (docs/content.md), made from src/validation/rules.ts by
// `npm run schemas`, so the guide names every rule an error can end with.

export const RULES_START = '<!-- regels: begin (gemaakt door npm run schemas; niet met de hand wijzigen) -->';
export const RULES_END = '<!-- regels: einde -->';

/** One table row per rule: its name as errors show it, what it means, how to fix it. */
export function rulesReference(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| Regel | Betekenis | Zo lost u het op |',
    '|---|---|---|',
    ...Object.entries(RULES).map(([name, rule]) => `| \`[${name}]\` | ${cell(rule.meaning)} | ${cell(rule.fix)} |`),
  ].join('\n');
}

/** The guide with its list of rules replaced by the current one. */
export function withRulesReference(guide: string): string {
  const start = guide.indexOf(RULES_START);
  const end = guide.indexOf(RULES_END);
  if (start === -1 || end === -1) throw new Error('The rule list markers are missing from docs/content.md');
  return `${guide.slice(0, start + RULES_START.length)}\n\n${rulesReference()}\n\n${guide.slice(end)}`;
}
