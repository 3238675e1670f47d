import { describe, expect, it } from 'vitest';
import { formatContentErrors, formatGithubAnnotation, type StoredContentError } from '../../src/validation/content-error.ts';

describe('content errors as text', () => {
  it('sort by file, line and column, one per line, without changing the list', () => {
    const errors: StoredContentError[] = [
      { file: 'content/b.yaml', line: 1, column: 1, message: 'b', rule: 'tekst' },
      { file: 'content/a.yaml', line: 3, column: 2, message: 'a32', rule: 'tekst' },
      { file: 'content/a.yaml', line: 3, column: 1, message: 'a31', rule: 'tekst' },
      { file: 'content/a.yaml', line: 2, column: 9, field: 'naam', message: 'a29', rule: 'id' },
      { file: 'content/a.yaml', column: 5, message: 'a-5', rule: 'yaml' },
      { file: 'content/a.yaml', line: 2, message: 'a2-', rule: 'yaml' },
    ];
    const before = errors.map((error) => error.message);
    expect(formatContentErrors(errors)).toBe(
      [
        'content/a.yaml:5  a-5 [yaml]',
        'content/a.yaml:2  a2- [yaml]',
        'content/a.yaml:2:9  naam: a29 [id]',
        'content/a.yaml:3:1  a31 [tekst]',
        'content/a.yaml:3:2  a32 [tekst]',
        'content/b.yaml:1:1  b [tekst]',
      ].join('\n'),
    );
    expect(errors.map((error) => error.message)).toEqual(before);
  });

  it('give a Windows path with forward slashes in an annotation, and escape a carriage return', () => {
    expect(formatGithubAnnotation({ file: 'content\\2020\\a.yaml', line: 2, message: 'regel\r\nnieuw', rule: 'yaml' })).toBe(
      '::error file=content/2020/a.yaml,line=2,title=Inhoud%3A yaml::regel%0D%0Anieuw [yaml]',
    );
  });
});
