import { continuedFraction } from './continuedFraction'
import { logGamma } from './logGamma'

/**
 * The regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x), by the series
 * below a + 1 and the continued fraction above it (Numerical Recipes §6.2). Each side computes
 * the smaller of the two directly, so both tails keep their relative accuracy.
 */

const SERIES_TOLERANCE = 1e-17

const MAX_SERIES_TERMS = 100_000

export function regularizedGammaP(a: number, x: number): number {
  assertArguments(a, x)
  if (x === 0) return 0
  return x < a + 1 ? lowerSeries(a, x) : 1 - upperFraction(a, x)
}

export function regularizedGammaQ(a: number, x: number): number {
  assertArguments(a, x)
  if (x === 0) return 1
  return x < a + 1 ? 1 - lowerSeries(a, x) : upperFraction(a, x)
}

function assertArguments(a: number, x: number): void {
  if (!(a > 0) || !Number.isFinite(a) || !(x >= 0) || Number.isNaN(x)) {
    throw new RangeError(`incomplete gamma needs a > 0 and x >= 0, got a = ${a}, x = ${x}`)
  }
}

function logPrefactor(a: number, x: number): number {
  return -x + a * Math.log(x) - logGamma(a)
}

function lowerSeries(a: number, x: number): number {
  let term = 1 / a
  let sum = term
  for (let index = 1; index <= MAX_SERIES_TERMS; index += 1) {
    term *= x / (a + index)
    sum += term
    if (Math.abs(term) < Math.abs(sum) * SERIES_TOLERANCE) break
  }
  return sum * Math.exp(logPrefactor(a, x))
}

function upperFraction(a: number, x: number): number {
  if (x === Infinity) return 0
  // Numerical Recipes 6.2.7: 1 / (x + 1 − a − 1·(1 − a) / (x + 3 − a − 2·(2 − a) / …)).
  const fraction = continuedFraction(
    0,
    (index) => (index === 1 ? 1 : -(index - 1) * (index - 1 - a)),
    (index) => x + 2 * index - 1 - a,
  )
  return fraction * Math.exp(logPrefactor(a, x))
}
