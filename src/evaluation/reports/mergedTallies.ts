import type { AssessmentPhase } from '../events/wireEvent'
import type { CellCounts, CellRecord, PairKind } from '../store/cellRecord'
import type { PairTally, QualityTally, ScoreTally } from '../store/tallies'

import type { SufficientStatistics } from '../statistics'

import { DistinctSketch } from '../sketch'
import { emptyCounts, pairKinds } from '../store/cellRecord'
import { emptyQualityTally } from '../store/tallies'
import { assessmentPhases } from '../events/wireEvent'

/**
 * A score or pair tally rolled up over cells. Maps rather than the cells' plain objects: a
 * report adds up tens of thousands of item and histogram entries, and Map lookups stay fast
 * where growing objects with arbitrary keys do not.
 */
export type Accumulated = SufficientStatistics & {
  /** Per item, how many picked each choice (scores only). */
  choices: Map<string, Map<string, number>>
  histogram: Map<string, number>
  items: Map<string, number[]>
}

/** Any roll-up of cells: what the figures of one report row are computed from. */
export type MergedTallies = {
  counts: CellCounts
  pairs: Record<PairKind, Accumulated>
  /** Review statuses, flags and retakes of every submission, held ones included. */
  quality: QualityTally
  scores: Record<AssessmentPhase, Accumulated>
  sketches: { cta: DistinctSketch; engaged: DistinctSketch; reached: DistinctSketch }
}

const emptyAccumulated = (): Accumulated => ({
  choices: new Map(),
  histogram: new Map(),
  items: new Map(),
  n: 0,
  sum: 0,
  sumSquares: 0,
})

/** Adds item vectors entry by entry; a shorter (older) vector counts its missing entries as 0. */
const addVector = (into: Map<string, number[]>, key: string, source: readonly number[]) => {
  const target = into.get(key)
  if (!target) {
    into.set(key, [...source])
    return
  }
  for (let index = 0; index < Math.max(target.length, source.length); index += 1) {
    target[index] = (target[index] ?? 0) + (source[index] ?? 0)
  }
}

const accumulate = (into: Accumulated, tally: PairTally | ScoreTally): void => {
  into.n += tally.n
  into.sum += tally.sum
  into.sumSquares += tally.sumSquares
  const { histogram, items } = tally
  for (const key of Object.keys(histogram)) {
    into.histogram.set(key, (into.histogram.get(key) ?? 0) + histogram[key])
  }
  for (const key of Object.keys(items)) addVector(into.items, key, items[key])
  if ('choices' in tally) {
    for (const [item, counts] of Object.entries(tally.choices)) {
      const target = into.choices.get(item) ?? new Map<string, number>()
      for (const [choice, n] of Object.entries(counts))
        target.set(choice, (target.get(choice) ?? 0) + n)
      into.choices.set(item, target)
    }
  }
}

const combine = (into: Accumulated, from: Accumulated): void => {
  into.n += from.n
  into.sum += from.sum
  into.sumSquares += from.sumSquares
  for (const [key, count] of from.histogram) {
    into.histogram.set(key, (into.histogram.get(key) ?? 0) + count)
  }
  for (const [key, source] of from.items) addVector(into.items, key, source)
  for (const [item, counts] of from.choices) {
    const target = into.choices.get(item) ?? new Map<string, number>()
    for (const [choice, n] of counts) target.set(choice, (target.get(choice) ?? 0) + n)
    into.choices.set(item, target)
  }
}

export const emptyTallies = (): MergedTallies => ({
  counts: emptyCounts(),
  pairs: Object.fromEntries(
    pairKinds.map((kind) => [kind, emptyAccumulated()]),
  ) as MergedTallies['pairs'],
  quality: emptyQualityTally(),
  scores: Object.fromEntries(
    assessmentPhases.map((phase) => [phase, emptyAccumulated()]),
  ) as MergedTallies['scores'],
  sketches: {
    cta: new DistinctSketch(),
    engaged: new DistinctSketch(),
    reached: new DistinctSketch(),
  },
})

const countNames = ['assessments', 'ctas', 'engagements', 'impressions', 'shares'] as const

const addQualityTally = (into: QualityTally, from: QualityTally): void => {
  into.retakes += from.retakes
  for (const [status, n] of Object.entries(from.statuses)) {
    into.statuses[status as keyof QualityTally['statuses']] =
      (into.statuses[status as keyof QualityTally['statuses']] ?? 0) + (n ?? 0)
  }
  for (const [reason, n] of Object.entries(from.reasons)) {
    into.reasons[reason as keyof QualityTally['reasons']] =
      (into.reasons[reason as keyof QualityTally['reasons']] ?? 0) + (n ?? 0)
  }
}

/**
 * Adds a stored cell to a roll-up; sketches merge losslessly (the sketch of the union). The
 * review counts of every cell are added; its figures only when `figures` (a held cell's figures
 * are left out of a default report).
 */
export const addCell = (into: MergedTallies, cell: CellRecord, figures = true): void => {
  addQualityTally(into.quality, cell.quality)
  if (!figures) return
  for (const name of countNames) into.counts[name] += cell[name]
  for (const phase of assessmentPhases) {
    const tally = cell.scores[phase]
    if (tally) accumulate(into.scores[phase], tally)
  }
  for (const kind of pairKinds) {
    const tally = cell.pairs[kind]
    if (tally) accumulate(into.pairs[kind], tally)
  }
  for (const name of ['cta', 'engaged', 'reached'] as const) {
    const stored = cell.sketches[name]
    // Buffer's native decoder: the stored text is ours, written by toBase64.
    if (stored) into.sketches[name].mergeBytes(Buffer.from(stored, 'base64'))
  }
}

/** Adds one roll-up to another. */
export const addTallies = (into: MergedTallies, from: MergedTallies): void => {
  addQualityTally(into.quality, from.quality)
  for (const name of countNames) into.counts[name] += from.counts[name]
  for (const phase of assessmentPhases) combine(into.scores[phase], from.scores[phase])
  for (const kind of pairKinds) combine(into.pairs[kind], from.pairs[kind])
  for (const name of ['cta', 'engaged', 'reached'] as const) {
    into.sketches[name].merge(from.sketches[name])
  }
}

/**
 * Rolls cells up per audience, then the audiences into the total. Held cells (flagged or
 * excluded submissions) add their figures only with `includeHeld` (`?quality=all`).
 */
export const mergeByAudience = (cells: CellRecord[], includeHeld = false) => {
  const audiences = new Map<string, MergedTallies>()
  for (const cell of cells) {
    let tallies = audiences.get(cell.audience)
    if (!tallies) {
      tallies = emptyTallies()
      audiences.set(cell.audience, tallies)
    }
    addCell(tallies, cell, includeHeld || cell.inclusion === 'included')
  }
  const total = emptyTallies()
  for (const tallies of audiences.values()) addTallies(total, tallies)
  return { audiences, total }
}
