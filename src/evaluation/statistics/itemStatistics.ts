import { finiteOrNull } from './numeric'
import { assertCount } from './validation'

/**
 * The sufficient statistics of one dichotomous item within a test: over the n respondents who
 * took the whole test, how many answered the item right (`correct`), and the sums of their total
 * scores (`totalSum`, `totalSumSquares`, in items right) and of the totals of those right on the
 * item (`totalWhenCorrect`). Mergeable by addition, so a report computes item analysis from its
 * tallies without reading any respondent's answers.
 */
export type ItemSums = {
  correct: number
  n: number
  totalSum: number
  totalSumSquares: number
  totalWhenCorrect: number
}

/** The sums of a response matrix (rows: respondents, columns: items, 1 right and 0 wrong). */
export function itemSums(responses: readonly (readonly number[])[], item: number): ItemSums {
  let correct = 0
  let totalSum = 0
  let totalSumSquares = 0
  let totalWhenCorrect = 0
  for (const row of responses) {
    const total = row.reduce((sum, value) => sum + value, 0)
    totalSum += total
    totalSumSquares += total * total
    if (row[item] === 1) {
      correct += 1
      totalWhenCorrect += total
    }
  }
  return { correct, n: responses.length, totalSum, totalSumSquares, totalWhenCorrect }
}

/**
 * The corrected item-total correlation (discrimination): Pearson's r between the item and the
 * total of the other items, `r.drop` of R's `psych::alpha`. With x the item (x² = x) and R = T − x
 * the rest score, every moment follows from the item's sums: ΣR = ΣT − c, ΣR² = ΣT² − 2ΣxT + c,
 * ΣxR = ΣxT − c. Null when the item or the rest score does not vary (nobody, or everybody, right).
 */
export function correctedItemTotalCorrelation(sums: ItemSums): number | null {
  const { correct: c, n, totalSum, totalSumSquares, totalWhenCorrect } = sums
  assertCount(n, 'n')
  assertCount(c, 'correct')
  if (n < 2) return null
  const restSum = totalSum - c
  const restSumSquares = totalSumSquares - 2 * totalWhenCorrect + c
  const crossProducts = totalWhenCorrect - c
  const covariance = crossProducts - (c * restSum) / n
  const itemSpread = c - (c * c) / n
  const restSpread = restSumSquares - (restSum * restSum) / n
  // Spreads within rounding of zero are zero: the correlation is undefined.
  if (itemSpread <= 1e-12 * n || restSpread <= 1e-12 * Math.max(1, restSumSquares)) return null
  return finiteOrNull(covariance / Math.sqrt(itemSpread * restSpread))
}

/**
 * Kuder–Richardson 20 (1937), the internal consistency of a test of dichotomous items:
 * k/(k − 1) · (1 − Σ p_j q_j / σ²_T), with the population variance of the totals; for
 * dichotomous items it equals Cronbach's alpha, `raw_alpha` of R's `psych::alpha`. `correct`
 * gives, per item, how many of the n respondents (each of whom took every item) were right.
 * Null with fewer than two items or two respondents, or when totals do not vary.
 */
export function kr20({
  correct,
  n,
  totalSum,
  totalSumSquares,
}: {
  correct: readonly number[]
  n: number
  totalSum: number
  totalSumSquares: number
}): number | null {
  assertCount(n, 'n')
  for (const count of correct) assertCount(count, 'correct')
  const k = correct.length
  if (k < 2 || n < 2) return null
  const variance = totalSumSquares / n - (totalSum / n) ** 2
  if (variance <= 1e-12 * Math.max(1, totalSumSquares / n)) return null
  const itemVariances = correct.reduce((sum, c) => sum + (c / n) * (1 - c / n), 0)
  return finiteOrNull((k / (k - 1)) * (1 - itemVariances / variance))
}
