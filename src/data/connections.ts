import { getCollection, type CollectionEntry } from 'astro:content';
import type { Mention } from '../schemas/connections.ts';
import type { YearReference } from '../lib/period.ts';
import { mentionText } from '../lib/mentions.ts';
import { notNamedLater, type NotNamed } from '../lib/not-named.ts';
import { thenYear } from './core-task-pages.ts';
import { onceInBuild } from './build-cache.ts';
import { getYearOverview, slugOf } from './budget.ts';

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

/**
 * A mention in a list of years: "2020: domein Gezondheid", "Dia's van 16 oktober 2024: onze lezing: pijler 2: …".
 * The year is named as titles name it (src/data/year-reference.ts); a reading of the site says so.
 */
export function mentionInYear(mention: Mention, references: ReadonlyMap<number, YearReference>): string {
  const label = references.get(mention.jaar)?.label ?? String(mention.jaar);
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${mentionText(mention)}`;
}

/**
 * What the document of `jaar` no longer names of the domains and coalitions of the latest earlier budget
 * (src/lib/not-named.ts), or undefined when there is no earlier budget or content/verbanden.yaml does not
 * follow the subjects into `jaar` (then the site cannot tell).
 */
export async function notNamedIn(jaar: number): Promise<{ earlier: number; items: NotNamed[] } | undefined> {
  const earlier = await thenYear(jaar);
  const connections = await getConnections();
  if (earlier === undefined || !connections.some((entry) => entry.data.jaren.some((mention) => mention.jaar === jaar))) return undefined;
  // In the order of the earlier budget: its domains, then its coalitions.
  const { domains, coalitions } = await getYearOverview(earlier);
  const order = [...domains.map(({ item }) => `domein:${slugOf(item)}`), ...coalitions.map((entry) => `coalitie:${slugOf(entry)}`)];
  const place = (item: NotNamed) => order.indexOf(item.then.domein ? `domein:${item.then.domein}` : `coalitie:${item.then.coalitie}`);
  const items = notNamedLater(
    connections.map((entry) => entry.data),
    earlier,
    jaar,
  );
  return {
    earlier,
    items: items
      .map((item, index) => ({ item, index }))
      .sort((a, b) => place(a.item) - place(b.item) || a.index - b.index)
      .map(({ item }) => item),
  };
}
