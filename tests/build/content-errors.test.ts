import { describe, expect, it } from 'vitest';
import { siteCopy } from '../helpers/site-copy.ts';

describe('a content mistake', () => {
  it('stops `astro build` with every error, naming file, line and field', () => {
    const site = siteCopy();
    try {
      site.edit('2020/domeinen/gezondheid.md', 'bijdrage: 18165000', 'bijdrage: achttien miljoen');
      site.edit('2020/coalities/netwerkstad-twente.md', '    - oldenzaal\n', '    - oldenzal\n');
      const { status, output } = site.build();
      expect(status).not.toBe(0);
      expect(output).toContain('De inhoud bevat 2 fouten');
      expect(output).toMatch(/gezondheid\.md:9:11 .* \[bedrag\]\n/);
      expect(output).toMatch(/netwerkstad-twente\.md:14:7 .* \[verwijzing\]\n/);
      expect(output).toContain(
        'content/2020/domeinen/gezondheid.md:9:11  bijdrage: verwacht een heel bedrag in euro\'s, gevonden "achttien miljoen"',
      );
      expect(output).toContain(
        'content/2020/coalities/netwerkstad-twente.md:14:7  deelnemers.gemeenten[4]: onbekende gemeente "oldenzal" (bedoelt u "oldenzaal"?)',
      );
    } finally {
      site.cleanup();
    }
  });
});
