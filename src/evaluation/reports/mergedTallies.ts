import type { AssessmentPhase } from '../events/wireEvent'
import type { CellCounts, CellRecord, PairKind } from '../store/cellRecord'
import type { PairTally, ScoreTally } from '../store/tallies'

import { DistinctSketch } from '../sketch'
import { emptyCounts, pairKinds } from '../store/cellRecord'
import { assessmentPhases } from '../events/wireEvent'
import { base64ToBytes } from '../sketch/serialization'
import {
  emptyPairTally,
  emptyScoreTally,
  mergePairTallies,
  mergeScoreTallies,
} from '../store/tallies'

/** Any roll-up of cells: what the figures of one report row are computed from. */
export type MergedTallies = {
  counts: CellCounts
  pairs: Record<PairKind, PairTally>
  scores: Record<AssessmentPhase, ScoreTally>
  sketches: { cta: DistinctSketch; engaged: DistinctSketch; reached: DistinctSketch }
}

export const emptyTallies = (): MergedTallies => ({
  counts: emptyCounts(),
  pairs: Object.fromEntries(
    pairKinds.map((kind) => [kind, emptyPairTally()]),
  ) as MergedTallies['pairs'],
  scores: Object.fromEntries(
    assessmentPhases.map((phase) => [phase, emptyScoreTally()]),
  ) as MergedTallies['scores'],
  sketches: {
    cta: new DistinctSketch(),
    engaged: new DistinctSketch(),
    reached: new DistinctSketch(),
  },
})

const countNames = ['assessments', 'ctas', 'engagements', 'impressions', 'shares'] as const

/** Adds a stored cell to a roll-up; sketches merge losslessly (the sketch of the union). */
export const addCell = (into: MergedTallies, cell: CellRecord): void => {
  for (const name of countNames) into.counts[name] += cell[name]
  for (const phase of assessmentPhases) {
    const tally = cell.scores[phase]
    if (tally) mergeScoreTallies(into.scores[phase], tally)
  }
  for (const kind of pairKinds) {
    const tally = cell.pairs[kind]
    if (tally) mergePairTallies(into.pairs[kind], tally)
  }
  for (const name of ['cta', 'engaged', 'reached'] as const) {
    const stored = cell.sketches[name]
    if (stored) into.sketches[name].mergeBytes(base64ToBytes(stored))
  }
}

/** Adds one roll-up to another. */
export const addTallies = (into: MergedTallies, from: MergedTallies): void => {
  for (const name of countNames) into.counts[name] += from.counts[name]
  for (const phase of assessmentPhases) mergeScoreTallies(into.scores[phase], from.scores[phase])
  for (const kind of pairKinds) mergePairTallies(into.pairs[kind], from.pairs[kind])
  for (const name of ['cta', 'engaged', 'reached'] as const) {
    into.sketches[name].merge(from.sketches[name])
  }
}

/** Rolls cells up per audience, then the audiences into the total. */
export const mergeByAudience = (cells: CellRecord[]) => {
  const audiences = new Map<string, MergedTallies>()
  for (const cell of cells) {
    let tallies = audiences.get(cell.audience)
    if (!tallies) {
      tallies = emptyTallies()
      audiences.set(cell.audience, tallies)
    }
    addCell(tallies, cell)
  }
  const total = emptyTallies()
  for (const tallies of audiences.values()) addTallies(total, tallies)
  return { audiences, total }
}
