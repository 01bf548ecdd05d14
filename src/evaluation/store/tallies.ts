import type { QualityReason, QualityStatus } from '../quality/qualityStatus'
import type { ItemChoices, ItemCorrectness } from './records'

import { histogramKey } from './histogramKey'

/**
 * [respondents who answered the item, of whom answered it correctly, the sum of those correct
 * respondents' scores]: compact, as thousands of cells are read per report. The third makes the
 * corrected item-total correlation (discrimination) a function of merged tallies.
 */
export type ItemTally = [n: number, correct: number, scoreWhenCorrect: number]

/**
 * Scores of one phase in one cell: the sufficient statistics for means, t intervals and Welch,
 * a histogram for mastery at any pass mark, and per-item shares.
 */
export type ScoreTally = {
  /** Per item, how many picked each choice (distractor shares). */
  choices: Record<string, Record<string, number>>
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

/**
 * The review side of a cell: how many counted submissions have each status and each flag, and
 * how many later submissions of a phase were set aside as retakes.
 */
export type QualityTally = {
  reasons: Partial<Record<QualityReason, number>>
  retakes: number
  statuses: Partial<Record<QualityStatus, number>>
}

export const emptyQualityTally = (): QualityTally => ({ reasons: {}, retakes: 0, statuses: {} })

/** +1 adds a contribution to a tally, −1 takes it back out (a retake replaced, a review). */
export type Sign = -1 | 1

const bump = (counts: Record<string, number>, key: string, by: number) => {
  const value = (counts[key] ?? 0) + by
  if (value === 0) delete counts[key]
  else counts[key] = value
}

export const addQuality = (
  tally: QualityTally,
  status: QualityStatus,
  reasons: readonly QualityReason[],
  sign: Sign = 1,
): void => {
  bump(tally.statuses, status, sign)
  for (const reason of reasons) bump(tally.reasons, reason, sign)
}

export const emptyScoreTally = (): ScoreTally => ({
  choices: {},
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

const emptyItem = (): ItemTally => [0, 0, 0]
const emptyItemPair = (): ItemPairTally => [0, 0, 0, 0]

/** With nobody left, sums are exactly 0, not the rounding left by adding and taking back. */
const settleEmpty = (tally: { n: number; sum: number; sumSquares: number }) => {
  if (tally.n === 0) {
    tally.sum = 0
    tally.sumSquares = 0
  }
}

/** Drops item tallies that no respondent rests on any more (a contribution taken back out). */
const dropEmptyItem = (items: Record<string, number[]>, item: string) => {
  if (items[item].every((count) => count === 0)) delete items[item]
}

export const addScore = (
  tally: ScoreTally,
  score: number,
  correct: ItemCorrectness,
  choices: ItemChoices,
  sign: Sign = 1,
): void => {
  tally.n += sign
  tally.sum += sign * score
  tally.sumSquares += sign * score * score
  settleEmpty(tally)
  bump(tally.histogram, histogramKey(score), sign)
  for (const [item, right] of Object.entries(correct)) {
    const itemTally = (tally.items[item] ??= emptyItem())
    itemTally[0] += sign
    itemTally[1] += sign * right
    // Tallies written before the third entry existed read it as 0.
    itemTally[2] = (itemTally[2] ?? 0) + sign * right * score
    if (itemTally[0] === 0) itemTally[2] = 0
    dropEmptyItem(tally.items, item)
  }
  for (const [item, picked] of Object.entries(choices)) {
    const counts = (tally.choices[item] ??= {})
    for (const choice of picked) bump(counts, choice, sign)
    if (Object.keys(counts).length === 0) delete tally.choices[item]
  }
}

export const addPair = (
  tally: PairTally,
  before: { correct: ItemCorrectness; score: number },
  after: { correct: ItemCorrectness; score: number },
  sign: Sign = 1,
): void => {
  const difference = after.score - before.score
  tally.n += sign
  tally.sum += sign * difference
  tally.sumSquares += sign * difference * difference
  settleEmpty(tally)
  bump(tally.histogram, histogramKey(difference), sign)
  for (const [item, rightBefore] of Object.entries(before.correct)) {
    const rightAfter = after.correct[item]
    // An item only one of the two revisions asked cannot show a change.
    if (rightAfter === undefined) continue
    const cell = (tally.items[item] ??= emptyItemPair())
    cell[rightBefore * 2 + rightAfter] += sign
    dropEmptyItem(tally.items, item)
  }
}
