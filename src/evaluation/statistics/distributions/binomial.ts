import { regularizedIncompleteBeta } from '../special/incompleteBeta'
import { logBeta } from '../special/logBeta'

/**
 * The binomial distribution. Cumulative probabilities use the identity
 * P(X ≤ k) = I_{1−p}(n − k, k + 1) rather than summing terms, so they are accurate for any n;
 * the PMF uses ln C(n, k) = −ln(n + 1) − ln B(n − k + 1, k + 1).
 */

export function binomialPmf(k: number, n: number, p: number): number {
  assertParameters(n, p)
  if (!Number.isInteger(k) || k < 0 || k > n) return 0
  if (p === 0) return k === 0 ? 1 : 0
  if (p === 1) return k === n ? 1 : 0
  const logChoose = -Math.log(n + 1) - logBeta(n - k + 1, k + 1)
  return Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log1p(-p))
}

/** P(X ≤ k); non-integer k counts the integers below it, as R's `pbinom` does. */
export function binomialCdf(k: number, n: number, p: number): number {
  assertParameters(n, p)
  const whole = Math.floor(k)
  if (whole < 0) return 0
  if (whole >= n) return 1
  return regularizedIncompleteBeta(1 - p, n - whole, whole + 1, p)
}

/** P(X > k), computed directly so small upper tails keep their digits. */
export function binomialSurvival(k: number, n: number, p: number): number {
  assertParameters(n, p)
  const whole = Math.floor(k)
  if (whole < 0) return 1
  if (whole >= n) return 0
  return regularizedIncompleteBeta(p, whole + 1, n - whole, 1 - p)
}

function assertParameters(n: number, p: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`binomial size must be a non-negative integer, got ${n}`)
  }
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomial probability must be in [0, 1], got ${p}`)
}
