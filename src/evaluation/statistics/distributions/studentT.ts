import { regularizedIncompleteBeta } from '../special/incompleteBeta'
import { logBeta } from '../special/logBeta'
import { normalQuantile } from './normal'

/**
 * Student's t distribution for any real df > 0 (Welch's df is fractional). Probabilities come
 * from the incomplete beta function, P(|T| > |t|) = I_{df/(df+t²)}(df/2, ½), passing
 * t²/(df + t²) as the complement so both small and large p-values keep their relative accuracy.
 */

export function studentTTwoSidedP(t: number, df: number): number {
  assertDegreesOfFreedom(df)
  if (Number.isNaN(t)) throw new RangeError('studentTTwoSidedP needs a number, got NaN')
  const square = t * t
  if (square === Infinity) return 0
  return regularizedIncompleteBeta(df / (df + square), df / 2, 0.5, square / (df + square))
}

export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * studentTTwoSidedP(t, df)
  return t < 0 ? tail : 1 - tail
}

export function studentTDensity(t: number, df: number): number {
  assertDegreesOfFreedom(df)
  const logDensity = -((df + 1) / 2) * Math.log1p((t * t) / df) - logBeta(df / 2, 0.5)
  return Math.exp(logDensity) / Math.sqrt(df)
}

/** The p-quantile, e.g. `studentTQuantile(0.975, df)` is the 95% interval multiplier. */
export function studentTQuantile(p: number, df: number): number {
  assertDegreesOfFreedom(df)
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile needs 0 < p < 1, got ${p}`)
  if (p === 0.5) return 0
  const magnitude = upperTailInverse(p < 0.5 ? p : 1 - p, df)
  return p < 0.5 ? -magnitude : magnitude
}

const MAX_ITERATIONS = 200

const RELATIVE_TOLERANCE = 1e-15

/**
 * Solves P(T > t) = tail for t > 0 by Newton's method from a Cornish–Fisher start, keeping a
 * bracket so heavy tails at small df (where Newton can overshoot) fall back to bisection.
 */
function upperTailInverse(tail: number, df: number): number {
  let low = 0
  let high = Infinity
  let t = cornishFisher(tail, df)
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration += 1) {
    const excess = 0.5 * studentTTwoSidedP(t, df) - tail
    if (excess === 0) return t
    if (excess > 0) low = t
    else high = t
    let next = t + excess / studentTDensity(t, df)
    if (!(next > low && next < high)) next = high === Infinity ? 2 * t : (low + high) / 2
    if (Math.abs(next - t) <= RELATIVE_TOLERANCE * next) return next
    t = next
  }
  return t
}

/** Abramowitz & Stegun 26.7.5: a starting point, good to a few digits once df is above ~3. */
function cornishFisher(tail: number, df: number): number {
  const z = -normalQuantile(tail)
  const z2 = z * z
  const g1 = (z * (z2 + 1)) / 4
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160
  const guess = z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df
  return Number.isFinite(guess) && guess > 0 ? guess : z
}

function assertDegreesOfFreedom(df: number): void {
  if (!(df > 0) || !Number.isFinite(df)) {
    throw new RangeError(`degrees of freedom must be finite and positive, got ${df}`)
  }
}
