import { getCollection, type CollectionEntry } from 'astro:content';
import type { Mention } from '../schemas/connections.ts';
import { onceInBuild } from './build-cache.ts';

export type ConnectionEntry = CollectionEntry<'verbanden'>;
export type MentionKind = 'domein' | 'coalitie' | 'thema' | 'pijler';

/** content/verbanden.yaml in file order, once per build. */
export function getConnections(): Promise<readonly ConnectionEntry[]> {
  return onceInBuild('connections', () => getCollection('verbanden'));
}

/** The connections whose mention in `jaar` is this domain, coalition or theme. */
export async function connectionsOf(jaar: number, kind: MentionKind, slug: string): Promise<ConnectionEntry[]> {
  return (await getConnections()).filter((entry) => entry.data.jaren.some((mention) => mention.jaar === jaar && mention[kind] === slug));
}

/** For another year: the first of `connections` that the document of that year mentions. */
export function mentionIn(connections: readonly ConnectionEntry[], year: number): Mention | undefined {
  for (const entry of connections) {
    const mention = entry.data.jaren.find((item) => item.jaar === year);
    if (mention) return mention;
  }
  return undefined;
}
