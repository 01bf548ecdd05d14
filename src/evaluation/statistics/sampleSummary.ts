import type { SampleSummary, SufficientStatistics } from './types'
import { assertFiniteValues, assertSufficientStatistics } from './validation'

/** Mean and variance of raw values by Welford's update, which never subtracts large sums. */
export function summarizeSample(values: readonly number[]): SampleSummary {
  assertFiniteValues(values, 'values')
  let mean = 0
  let squaredDeviations = 0
  const n = values.length
  for (let index = 0; index < n; index += 1) {
    const delta = values[index] - mean
    mean += delta / (index + 1)
    squaredDeviations += delta * (values[index] - mean)
  }
  return {
    n,
    mean: n > 0 ? mean : null,
    variance: n > 1 ? squaredDeviations / (n - 1) : null,
  }
}

/**
 * Mean and variance from running sums, as (Σx² − (Σx)²/n) / (n − 1). The subtraction cancels:
 * the variance loses about log10(mean² / variance) of its ~16 digits. Scores are shares in
 * [0, 1], so this costs a few digits at worst; data with a large offset and tiny spread should
 * be centred before it is accumulated. A difference below the rounding error of the sums
 * themselves (n · ε · Σx², the worst case for n additions) is noise, not spread, so it is
 * taken as zero: identical scores then give sd 0 here exactly as they do from raw values.
 */
export function summarizeSufficientStatistics(stats: SufficientStatistics): SampleSummary {
  assertSufficientStatistics(stats)
  const { n, sum, sumSquares } = stats
  if (n === 0) return { n, mean: null, variance: null }
  const mean = sum / n
  if (n === 1) return { n, mean, variance: null }
  const squaredDeviations = sumSquares - (sum * sum) / n
  const roundingError = n * Number.EPSILON * sumSquares
  const variance = squaredDeviations <= roundingError ? 0 : squaredDeviations / (n - 1)
  return { n, mean, variance }
}

/** The aggregates a caller would have maintained incrementally, for the same values. */
export function sufficientStatistics(values: readonly number[]): SufficientStatistics {
  assertFiniteValues(values, 'values')
  let sum = 0
  let sumSquares = 0
  for (const value of values) {
    sum += value
    sumSquares += value * value
  }
  return { n: values.length, sum, sumSquares }
}
