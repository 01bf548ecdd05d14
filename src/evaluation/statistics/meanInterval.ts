import { studentTQuantile } from './distributions/studentT'
import { finiteOrNull, isEssentiallyConstant } from './numeric'
import { summarizeSample, summarizeSufficientStatistics } from './sampleSummary'
import type { SampleSummary, SufficientStatistics } from './types'
import { assertConfidenceLevel } from './validation'

export type MeanInterval = {
  n: number
  mean: number | null
  sd: number | null
  standardError: number | null
  ciLower: number | null
  ciUpper: number | null
}

/** Mean with its t interval: R's `t.test(x)$estimate` and `$conf.int`. */
export function meanInterval(values: readonly number[], confidenceLevel = 0.95): MeanInterval {
  return meanIntervalFromSummary(summarizeSample(values), confidenceLevel)
}

export function meanIntervalFromSufficientStatistics(
  stats: SufficientStatistics,
  confidenceLevel = 0.95,
): MeanInterval {
  return meanIntervalFromSummary(summarizeSufficientStatistics(stats), confidenceLevel)
}

/**
 * n = 0 gives only n; n = 1 gives the mean alone. Constant data gives sd 0 but no interval,
 * because R refuses it too ("data are essentially constant") and a zero-width interval would
 * claim a certainty a handful of identical scores does not carry.
 */
export function meanIntervalFromSummary(
  summary: SampleSummary,
  confidenceLevel = 0.95,
): MeanInterval {
  assertConfidenceLevel(confidenceLevel)
  const { n, mean, variance } = summary
  const empty = { n, mean, sd: null, standardError: null, ciLower: null, ciUpper: null }
  if (mean === null || variance === null) return empty
  const sd = Math.sqrt(variance)
  const standardError = sd / Math.sqrt(n)
  if (isEssentiallyConstant(standardError, mean)) return { ...empty, sd }
  const halfWidth = studentTQuantile((1 + confidenceLevel) / 2, n - 1) * standardError
  return {
    n,
    mean,
    sd,
    standardError,
    ciLower: finiteOrNull(mean - halfWidth),
    ciUpper: finiteOrNull(mean + halfWidth),
  }
}
