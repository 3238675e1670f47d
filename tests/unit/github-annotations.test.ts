import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatGithubAnnotation } from '../../src/validation/content-error.ts';
import { contentCopy, replace } from '../helpers/content-copy.ts';

// In a pull request, .github/workflows/inhoud.yml runs `npm run check:content -- --github`: every
// error becomes an annotation on its file and line, with field, message and rule.
describe('content errors as GitHub annotations', () => {
  it('name file, line, column, field, message and rule', () => {
    expect(
      formatGithubAnnotation({
        file: 'content/2020/domeinen/gezondheid.md',
        line: 9,
        column: 11,
        field: 'bijdrage',
        message: 'verwacht een heel bedrag in euro\'s, gevonden "veel"',
        rule: 'bedrag',
      }),
    ).toBe(
      '::error file=content/2020/domeinen/gezondheid.md,line=9,col=11,title=Inhoud%3A bedrag::bijdrage: verwacht een heel bedrag in euro\'s, gevonden "veel" [bedrag]',
    );
  });

  it('escape what would end a value or the line, and leave out a line that is not known', () => {
    expect(formatGithubAnnotation({ file: 'content/a,b.yaml', message: '100% fout\nop twee regels', rule: 'yaml' })).toBe(
      '::error file=content/a%2Cb.yaml,title=Inhoud%3A yaml::100%25 fout%0Aop twee regels [yaml]',
    );
  });

  it('are what check:content prints with --github, one per error', () => {
    const { dir, cleanup } = contentCopy({ '2020/domeinen/gezondheid.md': replace('bijdrage: 18165000', 'bijdrage: veel') });
    try {
      const result = spawnSync(process.execPath, ['scripts/check-content.ts', dir, '--github'], { encoding: 'utf8' });
      expect(result.status).toBe(1);
      const annotations = result.stdout.trim().split('\n');
      expect(annotations).toHaveLength(1);
      expect(annotations[0]).toMatch(
        /^::error file=\S+\/2020\/domeinen\/gezondheid\.md,line=9,col=11,title=Inhoud%3A bedrag::bijdrage: verwacht een heel bedrag/,
      );
      expect(result.stderr).toContain('gezondheid.md:9:11  bijdrage:');
    } finally {
      cleanup();
    }
  });
});
