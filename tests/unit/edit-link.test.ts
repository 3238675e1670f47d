import { describe, expect, it } from 'vitest';
import { editUrl } from '../../src/lib/edit-link.ts';

describe('"Bewerk deze pagina"', () => {
  it("links to the content file's edit page on the repository host", () => {
    expect(editUrl('content/2020/domeinen/gezondheid.md', 'https://github.com/samentwente/twente-begroting/')).toBe(
      'https://github.com/samentwente/twente-begroting/edit/main/content/2020/domeinen/gezondheid.md',
    );
    expect(editUrl('./content/begrippen.yaml', 'https://git.example.nl/site', 'productie')).toBe(
      'https://git.example.nl/site/edit/productie/content/begrippen.yaml',
    );
  });

  it('writes one slash between the parts, whatever slashes the file path or the repository address have', () => {
    expect(editUrl('/content/begrippen.yaml', 'https://github.com/x/y')).toBe('https://github.com/x/y/edit/main/content/begrippen.yaml');
    expect(editUrl('content/begrippen.yaml', 'https://github.com/x/y//')).toBe('https://github.com/x/y/edit/main/content/begrippen.yaml');
  });

  it('is not there without a repository address or a file', () => {
    expect(editUrl('content/2020/jaar.yaml', '')).toBeUndefined();
    expect(editUrl(undefined, 'https://github.com/x/y')).toBeUndefined();
  });
});
