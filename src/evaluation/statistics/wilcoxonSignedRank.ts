import { normalCdf } from './distributions/normal'
import { averageRanks } from './ranks'
import { signedRankCdf } from './signedRankDistribution'
import { assertFiniteValues, assertSameLength } from './validation'

export type WilcoxonSignedRankResult = {
  /** non-zero differences used */
  n: number
  /** zero differences dropped */
  zeros: number
  /** sum of the ranks of the positive differences, R's V */
  V: number
  /** two-sided; null when no non-zero difference is left */
  p: number | null
  method: 'exact' | 'normal'
}

// R computes the exact distribution only below this many non-zero differences.
const EXACT_LIMIT = 50

/** R's `wilcox.test(x, y, paired = TRUE)` with its defaults, on the differences x − y. */
export function wilcoxonSignedRank(
  x: readonly number[],
  y: readonly number[],
): WilcoxonSignedRankResult {
  assertSameLength(x, y)
  assertFiniteValues(x, 'x')
  assertFiniteValues(y, 'y')
  return wilcoxonSignedRankFromDifferences(x.map((value, index) => value - y[index]))
}

/**
 * R's `wilcox.test(d)` defaults: zeros dropped (zero.method "Wilcoxon"), ties given average
 * ranks; the exact p-value when fewer than 50 differences remain and none were tied or zero,
 * otherwise the normal approximation with continuity correction and tie-corrected variance.
 */
export function wilcoxonSignedRankFromDifferences(
  differences: readonly number[],
): WilcoxonSignedRankResult {
  assertFiniteValues(differences, 'differences')
  const nonZero = differences.filter((difference) => difference !== 0)
  const n = nonZero.length
  const zeros = differences.length - n
  const { ranks, tieSizes } = averageRanks(nonZero.map(Math.abs))
  let V = 0
  nonZero.forEach((difference, index) => {
    if (difference > 0) V += ranks[index]
  })
  if (n < EXACT_LIMIT && tieSizes.length === 0 && zeros === 0) {
    return { n, zeros, V, p: exactP(V, n), method: 'exact' }
  }
  return { n, zeros, V, p: normalP(V, n, tieSizes), method: 'normal' }
}

function exactP(V: number, n: number): number | null {
  if (n === 0) return null
  // Take the tail V lies in; the distribution is symmetric, P(V ≥ v) = P(V ≤ n(n + 1)/2 − v).
  const maximum = (n * (n + 1)) / 2
  const tail = V > maximum / 2 ? signedRankCdf(maximum - V, n) : signedRankCdf(V, n)
  return Math.min(1, 2 * tail)
}

function normalP(V: number, n: number, tieSizes: readonly number[]): number | null {
  if (n === 0) return null
  const tieCorrection = tieSizes.reduce((sum, size) => sum + size ** 3 - size, 0) / 48
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieCorrection)
  const centred = V - (n * (n + 1)) / 4
  const z = (centred - Math.sign(centred) * 0.5) / sigma
  return 2 * Math.min(normalCdf(z), normalCdf(-z))
}
