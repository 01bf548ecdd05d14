import type { CellRecord } from '../../store/cellRecord'
import type { Block, SuppressionPlan } from '../planSuppression'

import { DistinctSketch } from '../../sketch'
import { blocks } from '../planSuppression'
import { weekOf } from './weeks'

/** The ways a report can split a campaign's data besides its audience rows. */
export const splitDimensions = ['period', 'partner', 'channel', 'locale', 'quality'] as const
export type SplitDimension = (typeof splitDimensions)[number]

/** The report blocks, and `submissions`: the quality counts (received, flagged, excluded…). */
export type GuardedBlock = 'submissions' | Block
export const guardedBlocks: readonly GuardedBlock[] = [...blocks, 'submissions']

const coordinate = (cell: CellRecord, dimension: SplitDimension): string => {
  if (dimension === 'period') return weekOf(cell.day)
  if (dimension === 'quality') return cell.inclusion
  return String(cell[dimension])
}

const received = ({ quality }: CellRecord) =>
  Object.values(quality.statuses).reduce((sum, n) => sum + (n ?? 0), 0) + quality.retakes

/** How many of a block's respondents (submissions for quality counts) a cell holds. */
const countOf = (cell: CellRecord, block: Exclude<GuardedBlock, 'respondents'>): number => {
  switch (block) {
    case 'followup':
    case 'post':
    case 'pre':
      return cell.scores[block]?.n ?? 0
    case 'paired':
      return cell.pairs.prePost?.n ?? 0
    case 'retention':
      return cell.pairs.postFollowup?.n ?? 0
    case 'submissions':
      // A respondent has at most one counted submission per phase: a third of them, at least.
      return received(cell) / 3
  }
}

/**
 * Whether every atom of a block is empty or rests on at least k: the atoms are the cells grouped
 * by audience and by each dimension (weeks for the period). Audiences the unfiltered report hides
 * for the block form one group, as a reader can get their sum as total minus the visible rows.
 * Held submissions (flagged, excluded) count only when the quality split is one of the dimensions.
 * Respondents reached are distinct counts (sketches merged per atom); the others add up.
 */
const atomsSafe = (
  cells: CellRecord[],
  block: GuardedBlock,
  dimensions: readonly SplitDimension[],
  base: SuppressionPlan,
  k: number,
): boolean => {
  const counts = new Map<string, number>()
  const sketches = new Map<string, DistinctSketch>()
  const phaseCounts = new Map<string, number[]>()
  const withHeld = dimensions.includes('quality') || block === 'submissions'
  for (const cell of cells) {
    if (!withHeld && cell.inclusion !== 'included') continue
    const hidden = block !== 'submissions' && base.audiences.get(cell.audience)?.has(block)
    const key = [
      hidden ? '' : cell.audience,
      ...dimensions.map((dimension) => coordinate(cell, dimension)),
    ].join('\u0000')
    if (block === 'respondents') {
      // As the report sizes a row: everyone reached, and at least everyone in each phase.
      const phases = phaseCounts.get(key) ?? [0, 0, 0]
      phaseCounts.set(key, phases)
      for (const [index, phase] of (['pre', 'post', 'followup'] as const).entries()) {
        phases[index] += countOf(cell, phase)
      }
      if (!cell.sketches.reached) continue
      let sketch = sketches.get(key)
      if (!sketch) {
        sketch = new DistinctSketch()
        sketches.set(key, sketch)
      }
      sketch.mergeBytes(Buffer.from(cell.sketches.reached, 'base64'))
    } else {
      counts.set(key, (counts.get(key) ?? 0) + countOf(cell, block))
    }
  }
  const sizes = [
    ...counts.values(),
    ...[...phaseCounts].map(([key, phases]) =>
      Math.max(sketches.get(key)?.estimate().value ?? 0, ...phases),
    ),
  ]
  return sizes.every((size) => size === 0 || Math.ceil(size) >= k)
}

/**
 * Per block, the dimensions by which reports may split it: greedily, in the order of
 * splitDimensions, each dimension that keeps every atom (audience × the dimensions taken so far ×
 * it) empty or at least k. Every report any reader can ask for is then, for that block, a sum of
 * such atoms, so no sum or difference of reports rests on 1 to k − 1 respondents. Computed from the
 * whole campaign with the deployment's k, so it is the same for every query at a given moment.
 */
export const splittableDimensions = (
  cells: CellRecord[],
  base: SuppressionPlan,
  k: number,
): Map<GuardedBlock, Set<SplitDimension>> => {
  const result = new Map<GuardedBlock, Set<SplitDimension>>()
  for (const block of guardedBlocks) {
    const chosen: SplitDimension[] = []
    for (const dimension of splitDimensions) {
      // Quality counts are the same in both quality modes: that split shows nothing new.
      if (block === 'submissions' && dimension === 'quality') chosen.push(dimension)
      else if (atomsSafe(cells, block, [...chosen, dimension], base, k)) chosen.push(dimension)
    }
    result.set(block, new Set(chosen))
  }
  return result
}

/** The blocks a report splitting by these dimensions must leave out. */
export const restrictedBlocks = (
  splittable: Map<GuardedBlock, Set<SplitDimension>>,
  used: readonly SplitDimension[],
): Set<GuardedBlock> => {
  const restricted = new Set(
    guardedBlocks.filter((block) =>
      used.some((dimension) => !splittable.get(block)!.has(dimension)),
    ),
  )
  // Quality counts count the submissions of the people the other blocks protect.
  if ((['respondents', 'pre', 'post', 'followup'] as const).some((b) => restricted.has(b))) {
    restricted.add('submissions')
  }
  return restricted
}
