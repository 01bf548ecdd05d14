import { studentTQuantile, studentTTwoSidedP } from './distributions/studentT'
import { finiteOrNull, isEssentiallyConstant } from './numeric'
import { summarizeSample, summarizeSufficientStatistics } from './sampleSummary'
import type { SampleSummary, SufficientStatistics } from './types'
import { assertConfidenceLevel, assertFiniteValues, assertSameLength } from './validation'

export type PairedTTestResult = {
  n: number
  /** mean(x − y), R's "mean difference" (or "mean of the differences") */
  meanDiff: number | null
  /** SD of the differences */
  sd: number | null
  standardError: number | null
  ciLower: number | null
  ciUpper: number | null
  t: number | null
  df: number | null
  /** two-sided */
  p: number | null
  /** Cohen's d_z = meanDiff / sd */
  cohensDz: number | null
}

/** R's `t.test(x, y, paired = TRUE)`: pairs are (x[i], y[i]) and the difference is x − y. */
export function pairedTTest(
  x: readonly number[],
  y: readonly number[],
  confidenceLevel = 0.95,
): PairedTTestResult {
  assertSameLength(x, y)
  assertFiniteValues(x, 'x')
  assertFiniteValues(y, 'y')
  const differences = x.map((value, index) => value - y[index])
  return pairedTTestFromSummary(summarizeSample(differences), confidenceLevel)
}

/** The same test from the running aggregates of the per-respondent differences. */
export function pairedTTestFromDifferences(
  differences: SufficientStatistics,
  confidenceLevel = 0.95,
): PairedTTestResult {
  return pairedTTestFromSummary(summarizeSufficientStatistics(differences), confidenceLevel)
}

/**
 * With n < 2 only n and the mean difference exist. With (essentially) constant differences
 * the SD is reported but t, p, the interval and d_z are null, where R stops with "data are
 * essentially constant".
 */
export function pairedTTestFromSummary(
  differences: SampleSummary,
  confidenceLevel = 0.95,
): PairedTTestResult {
  assertConfidenceLevel(confidenceLevel)
  const { n, mean, variance } = differences
  const result: PairedTTestResult = {
    n,
    meanDiff: mean,
    sd: null,
    standardError: null,
    ciLower: null,
    ciUpper: null,
    t: null,
    df: null,
    p: null,
    cohensDz: null,
  }
  if (mean === null || variance === null) return result
  const sd = Math.sqrt(variance)
  const standardError = sd / Math.sqrt(n)
  const df = n - 1
  if (isEssentiallyConstant(standardError, mean)) return { ...result, sd, standardError, df }
  const t = mean / standardError
  const halfWidth = studentTQuantile((1 + confidenceLevel) / 2, df) * standardError
  return {
    n,
    meanDiff: mean,
    sd,
    standardError,
    ciLower: finiteOrNull(mean - halfWidth),
    ciUpper: finiteOrNull(mean + halfWidth),
    t: finiteOrNull(t),
    df,
    p: studentTTwoSidedP(t, df),
    cohensDz: finiteOrNull(mean / sd),
  }
}
