import { logGamma } from './logGamma'

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), arranged as R's `lbeta` does. With a large
 * argument the three ln Γ values are huge and nearly cancel, which would cost digits in every
 * tail probability of a t distribution with many degrees of freedom; Stirling's formula with
 * its correction term lets the large parts cancel analytically instead.
 */

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI)

// Stirling's series switches in at 10, where eight terms already reach double precision.
const STIRLING_THRESHOLD = 10

// B(2k) / (2k (2k − 1)) for k = 1…8: the coefficients of 1/x^(2k−1) in Stirling's series.
const STIRLING_COEFFICIENTS = [
  1 / 12,
  -1 / 360,
  1 / 1260,
  -1 / 1680,
  1 / 1188,
  -691 / 360360,
  1 / 156,
  -3617 / 122400,
]

/** ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π], for x ≥ 10 (R's `lgammacor`). */
export function stirlingCorrection(x: number): number {
  const inverseSquare = 1 / (x * x)
  let sum = 0
  for (let index = STIRLING_COEFFICIENTS.length - 1; index >= 0; index -= 1) {
    sum = sum * inverseSquare + STIRLING_COEFFICIENTS[index]
  }
  return sum / x
}

export function logBeta(a: number, b: number): number {
  if (!(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new RangeError(`logBeta needs finite positive arguments, got ${a} and ${b}`)
  }
  const small = Math.min(a, b)
  const large = Math.max(a, b)
  const total = small + large
  if (small >= STIRLING_THRESHOLD) {
    const correction =
      stirlingCorrection(small) + stirlingCorrection(large) - stirlingCorrection(total)
    return (
      -0.5 * Math.log(large) +
      HALF_LOG_TWO_PI +
      correction +
      (small - 0.5) * Math.log(small / total) +
      large * Math.log1p(-small / total)
    )
  }
  if (large >= STIRLING_THRESHOLD) {
    const correction = stirlingCorrection(large) - stirlingCorrection(total)
    return (
      logGamma(small) +
      correction +
      small -
      small * Math.log(total) +
      (large - 0.5) * Math.log1p(-small / total)
    )
  }
  return logGamma(small) + logGamma(large) - logGamma(total)
}
