// House style for code (README, "Bijdragen"): 2 spaces, single quotes, semicolons, trailing commas.
// Lines are long in this code base; 140 is the width that changes today's code least while staying readable.
/** @type {import('prettier').Config} */
export default {
  printWidth: 140,
  tabWidth: 2,
  singleQuote: true,
  semi: true,
  trailingComma: 'all',
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
