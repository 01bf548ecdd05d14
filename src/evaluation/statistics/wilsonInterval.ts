import { normalQuantile } from './distributions/normal'
import { assertConfidenceLevel, assertCount } from './validation'

export type WilsonInterval = {
  successes: number
  trials: number
  /** null when trials = 0 */
  proportion: number | null
  lower: number | null
  upper: number | null
}

/**
 * Wilson's score interval without continuity correction: R's
 * `prop.test(x, n, correct = FALSE)$conf.int` and `binom::binom.wilson`. At x = 0 and x = n
 * the formula's bound is exactly 0 or 1 in theory; it is set so, as R does, instead of
 * leaving a rounding residue such as 1e-17.
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  confidenceLevel = 0.95,
): WilsonInterval {
  assertCount(successes, 'successes')
  assertCount(trials, 'trials')
  if (successes > trials) throw new RangeError(`successes (${successes}) exceed trials (${trials})`)
  assertConfidenceLevel(confidenceLevel)
  if (trials === 0) return { successes, trials, proportion: null, lower: null, upper: null }
  const z = normalQuantile((1 + confidenceLevel) / 2)
  const zSquared = z * z
  const centre = (successes + zSquared / 2) / (trials + zSquared)
  const halfWidth =
    (z / (trials + zSquared)) *
    Math.sqrt((successes * (trials - successes)) / trials + zSquared / 4)
  return {
    successes,
    trials,
    proportion: successes / trials,
    lower: successes === 0 ? 0 : centre - halfWidth,
    upper: successes === trials ? 1 : centre + halfWidth,
  }
}
