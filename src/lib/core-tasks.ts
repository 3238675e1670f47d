import type { FigureBlock } from '../schemas/figures.ts';

/** A pillar's share in one block of shares per pillar ("Aandeel pijler in totaal kosten": 29). */
export interface PillarShare {
  blockId: string;
  /** The block's title, which says what the share is of. */
  title: string;
  value: number;
  /** The source rounds the percentages of this block. */
  rounded: boolean;
}

/** Every share the figures give for this pillar, one per block that has a share per pillar, in file order. */
export function pillarShares(blocks: readonly FigureBlock[], pillar: string): PillarShare[] {
  return blocks.flatMap((block) => {
    const figure = block.cijfers.find((item) => item.pijler === pillar);
    return figure?.waarde === undefined
      ? []
      : [{ blockId: block.id, title: block.titel, value: figure.waarde, rounded: block.afgerond === true }];
  });
}

/** The block with this pillar's costs by kind of task, if the source gives one. */
export function taskSplitBlock(blocks: readonly FigureBlock[], pillar: string): FigureBlock | undefined {
  return blocks.find((block) => block.pijler === pillar);
}

/** One kind of task in a pillar's split: its percentage, or undefined when the source does not name the kind there. */
export interface KindShare<K> {
  kind: K;
  value: number | undefined;
}

/** A pillar's split in the order of the kinds of task, with the kinds its source leaves out as undefined. */
export function sharesByKind<K extends { id: string }>(block: FigureBlock, kinds: readonly K[]): KindShare<K>[] {
  return kinds.map((kind) => ({ kind, value: block.cijfers.find((figure) => figure.taaksoort === kind.id)?.waarde }));
}

/**
 * An approximate share of all costs: a pillar's share of the total times a kind of task's share of
 * that pillar (29% × 90% = 26,1%). Both inputs are whole percentages as the source rounds them, so
 * the product has at most two decimals and is exact for those inputs; the true share is only near it
 * (approximationMargin).
 */
export function approximateShareOfTotal(pillarShare: number, kindShare: number): number {
  requireWholePercentages(pillarShare, kindShare);
  return (pillarShare * kindShare) / 100;
}

/**
 * The largest possible error of that approximation, in percentage points, rounded up to two decimals
 * (never down, so the true share always lies within the margin shown). Each input A stands for a true
 * share a with |a − A| ≤ 0.5 (and 0 ≤ a ≤ 100); a·b/100 is bilinear, so the largest difference from
 * A·B/100 lies at a corner of that box. Computed in whole units of 1/400 point, without rounding errors:
 * 29 and 0 give exactly 0,1475, shown as 0,15 (not 0,1).
 */
export function approximationMargin(pillarShare: number, kindShare: number): number {
  requireWholePercentages(pillarShare, kindShare);
  // Twice each share is a whole number; (2a)(2b) − 4AB is 400 times the error in points.
  const ends = (share: number) => [Math.max(0, 2 * share - 1), Math.min(200, 2 * share + 1)];
  let largest = 0;
  for (const a of ends(pillarShare))
    for (const b of ends(kindShare)) largest = Math.max(largest, Math.abs(a * b - 4 * pillarShare * kindShare));
  // largest / 400 points is largest / 4 hundredths: rounded up to whole hundredths.
  return Math.ceil(largest / 4) / 100;
}

function requireWholePercentages(...shares: number[]): void {
  for (const share of shares)
    if (!Number.isInteger(share) || share < 0 || share > 100) throw new Error(`Expected a whole percentage from 0 to 100, got ${share}`);
}
