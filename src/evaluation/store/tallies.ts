import type { ItemCorrectness } from './records'

import { histogramKey } from './histogramKey'

export type ItemTally = { correct: number; n: number }

/**
 * Scores of one phase in one cell: the sufficient statistics for means, t intervals and Welch,
 * a histogram for mastery at any pass mark, and per-item shares.
 */
export type ScoreTally = {
  histogram: Record<string, number>
  items: Record<string, ItemTally>
  n: number
  sum: number
  sumSquares: number
}

/** Before/after correctness of one item over paired respondents: n01 = wrong, then right. */
export type ItemPairTally = { n00: number; n01: number; n10: number; n11: number }

/**
 * Paired differences (after − before) of one pair kind in one cell: sufficient statistics for the
 * paired t test, a histogram for Wilcoxon (ties and zeros exact), and per-item 2×2 tables for
 * McNemar.
 */
export type PairTally = {
  histogram: Record<string, number>
  items: Record<string, ItemPairTally>
  n: number
  sum: number
  sumSquares: number
}

export const emptyScoreTally = (): ScoreTally => ({
  histogram: {},
  items: {},
  n: 0,
  sum: 0,
  sumSquares: 0,
})

export const emptyPairTally = (): PairTally => ({
  histogram: {},
  items: {},
  n: 0,
  sum: 0,
  sumSquares: 0,
})

const addCounts = (into: Record<string, number>, from: Record<string, number>): void => {
  for (const [key, count] of Object.entries(from)) into[key] = (into[key] ?? 0) + count
}

export const addScore = (tally: ScoreTally, score: number, correct: ItemCorrectness): void => {
  tally.n += 1
  tally.sum += score
  tally.sumSquares += score * score
  const key = histogramKey(score)
  tally.histogram[key] = (tally.histogram[key] ?? 0) + 1
  for (const [item, right] of Object.entries(correct)) {
    const itemTally = (tally.items[item] ??= { correct: 0, n: 0 })
    itemTally.n += 1
    itemTally.correct += right
  }
}

export const addPair = (
  tally: PairTally,
  before: { correct: ItemCorrectness; score: number },
  after: { correct: ItemCorrectness; score: number },
): void => {
  const difference = after.score - before.score
  tally.n += 1
  tally.sum += difference
  tally.sumSquares += difference * difference
  const key = histogramKey(difference)
  tally.histogram[key] = (tally.histogram[key] ?? 0) + 1
  for (const [item, rightBefore] of Object.entries(before.correct)) {
    const rightAfter = after.correct[item]
    // An item only one of the two revisions asked cannot show a change.
    if (rightAfter === undefined) continue
    const cell = (tally.items[item] ??= { n00: 0, n01: 0, n10: 0, n11: 0 })
    const name = `n${rightBefore}${rightAfter}` as keyof ItemPairTally
    cell[name] += 1
  }
}

export const mergeScoreTallies = (into: ScoreTally, from: ScoreTally): void => {
  into.n += from.n
  into.sum += from.sum
  into.sumSquares += from.sumSquares
  addCounts(into.histogram, from.histogram)
  for (const [item, itemTally] of Object.entries(from.items)) {
    const target = (into.items[item] ??= { correct: 0, n: 0 })
    target.n += itemTally.n
    target.correct += itemTally.correct
  }
}

export const mergePairTallies = (into: PairTally, from: PairTally): void => {
  into.n += from.n
  into.sum += from.sum
  into.sumSquares += from.sumSquares
  addCounts(into.histogram, from.histogram)
  for (const [item, cell] of Object.entries(from.items)) {
    const target = (into.items[item] ??= { n00: 0, n01: 0, n10: 0, n11: 0 })
    target.n00 += cell.n00
    target.n01 += cell.n01
    target.n10 += cell.n10
    target.n11 += cell.n11
  }
}
