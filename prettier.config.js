// House style for code (README, "Bijdragen"): 2 spaces, single quotes, semicolons, trailing commas.
// Lines are long in this code base; 140 is the width that changes today's code least while staying readable.
/** @type {import('prettier').Config} */
export default {
  printWidth: 140,
  tabWidth: 2,
  singleQuote: true,
  semi: true,
  trailingComma: 'all',
  // For a single .astro file on request (`npx prettier --ignore-path= file.astro`); templates are in
  // .prettierignore because the plugin changes the spaces visitors see.
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
