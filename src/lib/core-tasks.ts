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
 * that pillar (29% × 90% = 26,1%). Both inputs are rounded percentages, so the result is only an
 * approximation; it is given to one decimal.
 */
export function approximateShareOfTotal(pillarShare: number, kindShare: number): number {
  return Math.round(pillarShare * kindShare) / 100;
}

/** The largest possible error of that approximation: each rounded input may be off by half a point. */
export function approximationMargin(pillarShare: number, kindShare: number): number {
  const high = ((pillarShare + 0.5) * (kindShare + 0.5)) / 100;
  const low = (Math.max(0, pillarShare - 0.5) * Math.max(0, kindShare - 0.5)) / 100;
  const exact = (pillarShare * kindShare) / 100;
  return Math.round(Math.max(high - exact, exact - low) * 10) / 10;
}
