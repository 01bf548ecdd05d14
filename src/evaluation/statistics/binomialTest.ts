import { binomialCdf, binomialPmf, binomialSurvival } from './distributions/binomial'
import { assertCount } from './validation'

// R's tolerance for "as or less likely than the observed count" when summing the other tail.
const RELATIVE_ERROR = 1 + 1e-7

/**
 * Two-sided p-value of the exact binomial test, R's `binom.test(x, n, p)$p.value`: the
 * probability of every outcome no more likely than the observed one. Null when n = 0, where R
 * refuses to run the test.
 */
export function binomialTestPValue(
  successes: number,
  trials: number,
  probability = 0.5,
): number | null {
  assertCount(successes, 'successes')
  assertCount(trials, 'trials')
  if (successes > trials) throw new RangeError(`successes (${successes}) exceed trials (${trials})`)
  if (!(probability >= 0 && probability <= 1)) {
    throw new RangeError(`probability must be in [0, 1], got ${probability}`)
  }
  if (trials === 0) return null
  if (probability === 0) return successes === 0 ? 1 : 0
  if (probability === 1) return successes === trials ? 1 : 0
  const observed = binomialPmf(successes, trials, probability) * RELATIVE_ERROR
  const expected = trials * probability
  if (successes === expected) return 1
  if (successes < expected) {
    let asExtreme = 0
    for (let k = Math.ceil(expected); k <= trials; k += 1) {
      if (binomialPmf(k, trials, probability) <= observed) asExtreme += 1
    }
    const p =
      binomialCdf(successes, trials, probability) +
      binomialSurvival(trials - asExtreme, trials, probability)
    return Math.min(1, p)
  }
  let asExtreme = 0
  for (let k = 0; k <= Math.floor(expected); k += 1) {
    if (binomialPmf(k, trials, probability) <= observed) asExtreme += 1
  }
  const p =
    binomialCdf(asExtreme - 1, trials, probability) +
    binomialSurvival(successes - 1, trials, probability)
  return Math.min(1, p)
}
