/**
 * "Bewerk deze pagina": a link to a page's content file on the repository host, so staff go
 * straight to the file to change. The repository comes from the build's settings (src/settings.ts).
 */

/** The host's edit address of a file in the repository, or undefined when no repository is set. */
export function editUrl(filePath: string | undefined, repository: string, branch = 'main'): string | undefined {
  if (!repository || !filePath) return undefined;
  const path = filePath.replace(/^\.?\//, '');
  return `${repository.replace(/\/+$/, '')}/edit/${branch}/${path}`;
}
