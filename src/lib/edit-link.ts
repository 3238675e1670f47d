/**
 * "Bewerk deze pagina": a link to a page's content file on the repository host, so staff go
 * straight to the file to change. One setting: the repository's web address, for example
 * https://github.com/<organisatie>/twente-begroting, in the environment variable REPOSITORY_URL
 * when building. Without it, no page shows the link.
 */
export const REPOSITORY_URL = process.env.REPOSITORY_URL ?? '';
export const REPOSITORY_BRANCH = process.env.REPOSITORY_BRANCH ?? 'main';

/** The host's edit address of a file in the repository, or undefined when no repository is set. */
export function editUrl(filePath: string | undefined, repository = REPOSITORY_URL, branch = REPOSITORY_BRANCH): string | undefined {
  if (!repository || !filePath) return undefined;
  const path = filePath.replace(/^\.?\//, '');
  return `${repository.replace(/\/+$/, '')}/edit/${branch}/${path}`;
}
