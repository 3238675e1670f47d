import { z } from 'astro/zod';

/** A problem in a content file, as `astro dev` shows it (src/validation/content-error.ts). */
const contentError = z.object({
  /** The file, relative to the working directory. */
  file: z.string(),
  /** Line and column of the offending value, when known. */
  line: z.number().optional(),
  column: z.number().optional(),
  /** The field, such as `deelnemers.gemeenten[2]`. */
  field: z.string().optional(),
  /** What is wrong and how to fix it, in Dutch. */
  message: z.string(),
  /** The rule it breaks (src/validation/rules.ts). */
  rule: z.string(),
});

/** The outcome of the last check of the content: its errors, none when it is in order. */
export const contentCheck = z.object({
  fouten: z.array(contentError),
});
