import type { ItemCorrectness } from './records'

import { histogramKey } from './histogramKey'

/** [respondents who answered the item, of whom answered it correctly]: compact, as thousands
 * of cells are read per report. */
export type ItemTally = [n: number, correct: number]

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

/**
 * Before/after correctness of one item over paired respondents, [n00, n01, n10, n11]: n01 counts
 * wrong then right, n10 right then wrong.
 */
export type ItemPairTally = [n00: number, n01: number, n10: number, n11: number]

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

const emptyItem = (): ItemTally => [0, 0]
const emptyItemPair = (): ItemPairTally => [0, 0, 0, 0]

export const addScore = (tally: ScoreTally, score: number, correct: ItemCorrectness): void => {
  tally.n += 1
  tally.sum += score
  tally.sumSquares += score * score
  const key = histogramKey(score)
  tally.histogram[key] = (tally.histogram[key] ?? 0) + 1
  for (const [item, right] of Object.entries(correct)) {
    const itemTally = (tally.items[item] ??= emptyItem())
    itemTally[0] += 1
    itemTally[1] += right
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
    const cell = (tally.items[item] ??= emptyItemPair())
    cell[rightBefore * 2 + rightAfter] += 1
  }
}
