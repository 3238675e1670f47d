import { getCollection, type CollectionEntry } from 'astro:content';
import { getAllCoreTasks } from './entries.ts';
import { pillarShares, taskSplitBlock, sharesByKind, type PillarShare } from '../lib/core-tasks.ts';
import type { StackedSpec } from '../lib/stacked-chart.ts';
import type { Mention } from '../schemas/connections.ts';
import type { FigureBlock } from '../schemas/figures.ts';
import type { TaskKind } from '../schemas/core-tasks.ts';
import { entryPath } from '../urls.ts';
import { onceInBuild } from './build-cache.ts';
import { getConnections } from './connections.ts';
import { getDocumentFigures } from './documents.ts';
import { getYearReference } from './year-reference.ts';

export type PillarEntry = CollectionEntry<'pijlers'>;
export type CoreTasksEntry = CollectionEntry<'kerntaken'>;

/** The file name part of a pillar's id: "2024/pijlers/jeugd" gives "jeugd". */
export const pillarSlug = (entry: PillarEntry): string => entry.id.slice(entry.id.lastIndexOf('/') + 1);

/** A year's pillars by their number, once per build. */
export function getPillars(jaar: number): Promise<readonly PillarEntry[]> {
  return onceInBuild(`pillars:${jaar}`, async () =>
    (await getCollection('pijlers', (entry) => entry.data.jaar === jaar)).sort((a, b) => a.data.nummer - b.data.nummer),
  );
}

/** The kinds of task, scenarios and statements of a year's core-task discussion, if it has one. */
export async function getCoreTasks(jaar: number): Promise<CoreTasksEntry | undefined> {
  // Not getEntry: most years have none, and Astro warns for every entry it cannot find.
  const all = await getAllCoreTasks();
  return all.find((entry) => entry.data.jaar === jaar);
}

/** What the figures of the pillar's document say about one pillar. */
export interface PillarFigures {
  /** Its share in each block of shares per pillar. */
  shares: PillarShare[];
  /** The block with its split by kind of task, and that split in the order of the kinds; undefined when the source gives none. */
  split?: { block: FigureBlock; byKind: { kind: TaskKind; value: number | undefined }[] } | undefined;
}

export async function getPillarFigures(pillar: PillarEntry): Promise<PillarFigures> {
  const blocks = (await getDocumentFigures(pillar.data.bron.document))?.data.blokken ?? [];
  const slug = pillarSlug(pillar);
  const block = taskSplitBlock(blocks, slug);
  const kinds = (await getCoreTasks(pillar.data.jaar))?.data.taaksoorten.soorten ?? [];
  return { shares: pillarShares(blocks, slug), split: block && { block, byKind: sharesByKind(block, kinds) } };
}

/** The pillars that have a split by kind of task, side by side: one stacked bar per pillar. */
export async function taskKindComparison(jaar: number): Promise<StackedSpec | undefined> {
  const kinds = (await getCoreTasks(jaar))?.data.taaksoorten.soorten ?? [];
  const rows = [];
  for (const pillar of await getPillars(jaar)) {
    const { split } = await getPillarFigures(pillar);
    if (split)
      rows.push({
        label: `${pillar.data.nummer}. ${pillar.data.titel}`,
        path: entryPath(pillar),
        values: split.byKind.map((item) => item.value),
      });
  }
  if (rows.length === 0 || kinds.length === 0) return undefined;
  // "(2020)", or for a year whose document gives no period "(dia's van 16 oktober 2024)": never a year as the figures' period.
  const reference = await getYearReference(jaar);
  return {
    id: 'grafiek-pijlers-soort-taak',
    title: `Kosten per soort taak, per pijler (${reference.label})`,
    labelHeader: 'Pijler',
    seriesHeader: 'Soort taak',
    series: kinds.map((kind) => ({ key: kind.id, label: kind.korteNaam })),
    rows,
  };
}

/** One organisation or task that an earlier year's document and this year's pillar both name. */
export interface ThenAndNow {
  name: string;
  then: Mention | undefined;
  now: Mention & { pijler: string };
}

/**
 * "Toen en nu": every connection (content/verbanden.yaml) that `jaar` places in a pillar, with what
 * the document of `earlier` says about it, if anything. Only what both documents name; no amounts.
 */
export async function thenAndNow(jaar: number, earlier: number, pillar?: string): Promise<ThenAndNow[]> {
  return (await getConnections()).flatMap((entry) => {
    const now = entry.data.jaren.find((mention) => mention.jaar === jaar);
    if (!now?.pijler || (pillar !== undefined && now.pijler !== pillar)) return [];
    return [
      { name: entry.data.naam, then: entry.data.jaren.find((mention) => mention.jaar === earlier), now: { ...now, pijler: now.pijler } },
    ];
  });
}
