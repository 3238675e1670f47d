import { describe, expect, it } from 'vitest';
import { contentCopy, errorsAfter } from '../helpers/content-copy.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { INPUT_CASES } from '../fixtures/content-input.ts';

/** The content model without where it was read from: what pages get. */
function modelOf(edits: Parameters<typeof contentCopy>[0]) {
  const { dir, cleanup } = contentCopy(edits);
  try {
    const { content } = validateContent(dir);
    const strip = <T extends { file: string; parsed: unknown; body?: string | undefined }>({ file, parsed, body, ...rest }: T) => ({
      ...rest,
      ...(body === undefined ? {} : { body: body.replace(/\r\n/g, '\n') }),
    });
    return {
      sources: content.sources && strip(content.sources),
      municipalities: content.municipalities && strip(content.municipalities),
      domains: content.domains.map(strip),
    };
  } finally {
    cleanup();
  }
}

describe('YAML that parsers read differently', () => {
  const usual = modelOf({});

  it.each(INPUT_CASES.filter((input) => input.errors.length === 0).map((input) => [input.name, input] as const))('%s', (_, input) => {
    expect(errorsAfter(input.edits)).toEqual([]);
    expect(modelOf(input.edits)).toEqual(usual);
  });

  it.each(INPUT_CASES.filter((input) => input.errors.length > 0).map((input) => [input.name, input] as const))('%s', (_, input) => {
    expect(errorsAfter(input.edits)).toEqual(input.errors);
  });
});
