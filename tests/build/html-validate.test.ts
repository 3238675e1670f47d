import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

describe('HTML', () => {
  it('is valid on every page (html-validate, recommended rules; see .htmlvalidate.json)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const report = await validator.validateFile(join(DIST, file));
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
