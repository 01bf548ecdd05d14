import { noncentralTCdf } from './distributions/noncentralT'
import { normalQuantile } from './distributions/normal'
import { assertConfidenceLevel } from './validation'

const MAX_STEPS = 200

/**
 * Beyond this |t| the CDF sums tens of thousands of terms per evaluation (a second and more for
 * one interval): such a t means essentially constant differences, and the interval is null.
 */
export const MAX_NONCENTRAL_T = 2000

/**
 * The confidence interval of a t statistic's noncentrality parameter δ: the δ_L and δ_U at which
 * the observed t is the upper and the lower α/2 quantile of the noncentral t (P(T ≤ t; δ_L) =
 * 1 − α/2, P(T ≤ t; δ_U) = α/2), found on P, which falls as δ grows (see `solve`). This is the
 * "pivoting" interval of Steiger & Fouladi (1997) and Cumming & Finch (2001), MBESS's
 * `conf.limits.nct` and effectsize's noncentral-t intervals. Null for a t that is not finite or
 * beyond ±MAX_NONCENTRAL_T.
 */
export function noncentralityInterval(
  t: number,
  df: number,
  confidenceLevel = 0.95,
): { lower: null | number; upper: null | number } {
  assertConfidenceLevel(confidenceLevel)
  if (!(Math.abs(t) <= MAX_NONCENTRAL_T) || !(df > 0)) return { lower: null, upper: null }
  const tail = (1 - confidenceLevel) / 2
  return { lower: solve(t, df, 1 - tail), upper: solve(t, df, tail) }
}

/**
 * The δ with P(T ≤ t; δ) = probability. It starts from the normal approximation (Abramowitz &
 * Stegun 26.7.10, good to about three digits), brackets the root around it and closes the bracket
 * by the Illinois variant of regula falsi, which takes a handful of CDF evaluations where
 * bisection would take fifty: each one sums hundreds to thousands of terms at large δ.
 */
function solve(t: number, df: number, probability: number): number {
  const excess = (ncp: number) => noncentralTCdf(t, df, ncp) - probability
  const spread = Math.sqrt(1 + (t * t) / (2 * df))
  const guess = t * (1 - 1 / (4 * df)) - normalQuantile(probability) * spread
  // The excess falls as δ grows: step out from the guess until it changes sign.
  let step = 0.05 * spread
  let [low, high] = [guess - step, guess + step]
  let [excessLow, excessHigh] = [excess(low), excess(high)]
  while (excessLow < 0) {
    high = low
    excessHigh = excessLow
    low -= step *= 2
    excessLow = excess(low)
  }
  while (excessHigh > 0) {
    low = high
    excessLow = excessHigh
    high += step *= 2
    excessHigh = excess(high)
  }
  let side = 0
  let previous = Number.NaN
  for (let iteration = 0; iteration < MAX_STEPS; iteration += 1) {
    const next = (low * excessHigh - high * excessLow) / (excessHigh - excessLow)
    // Steps below 1e-13 relative move nothing a report prints (and the CDF's own error is
    // about that size at large δ, so its sign there is noise).
    if (Math.abs(next - previous) <= 1e-13 * Math.max(1, Math.abs(next))) return next
    previous = next
    const value = excess(next)
    if (value === 0 || high - low <= 1e-13 * Math.max(1, Math.abs(next))) return next
    if (value > 0) {
      low = next
      excessLow = value
      // Illinois: halve the stale end's weight when the same end moved twice.
      if (side === 1) excessHigh /= 2
      side = 1
    } else {
      high = next
      excessHigh = value
      if (side === -1) excessLow /= 2
      side = -1
    }
  }
  return (low + high) / 2
}
