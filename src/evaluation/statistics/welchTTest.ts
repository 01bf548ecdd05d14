import { studentTQuantile, studentTTwoSidedP } from './distributions/studentT'
import { hedgesG } from './hedgesG'
import { finiteOrNull, isEssentiallyConstant } from './numeric'
import { summarizeSample, summarizeSufficientStatistics } from './sampleSummary'
import type { SampleSummary, SufficientStatistics } from './types'
import { assertConfidenceLevel } from './validation'

export type WelchTTestResult = {
  n1: number
  n2: number
  /** mean(x) − mean(y) */
  meanDiff: number | null
  standardError: number | null
  ciLower: number | null
  ciUpper: number | null
  t: number | null
  /** Welch–Satterthwaite degrees of freedom */
  df: number | null
  /** two-sided */
  p: number | null
  /** pooled-SD Hedges' g with the exact correction, see `hedgesG` */
  hedgesG: number | null
}

/** R's `t.test(x, y)` (var.equal = FALSE). */
export function welchTTest(
  x: readonly number[],
  y: readonly number[],
  confidenceLevel = 0.95,
): WelchTTestResult {
  return welchTTestFromSummaries(summarizeSample(x), summarizeSample(y), confidenceLevel)
}

export function welchTTestFromSufficientStatistics(
  x: SufficientStatistics,
  y: SufficientStatistics,
  confidenceLevel = 0.95,
): WelchTTestResult {
  return welchTTestFromSummaries(
    summarizeSufficientStatistics(x),
    summarizeSufficientStatistics(y),
    confidenceLevel,
  )
}

/**
 * Each group needs two values for a variance; below that only the mean difference exists.
 * When both groups are (essentially) constant the standard error is zero and t, df, p, the
 * interval and g are null, where R stops with "data are essentially constant".
 */
export function welchTTestFromSummaries(
  x: SampleSummary,
  y: SampleSummary,
  confidenceLevel = 0.95,
): WelchTTestResult {
  assertConfidenceLevel(confidenceLevel)
  const meanDiff = x.mean !== null && y.mean !== null ? x.mean - y.mean : null
  const result: WelchTTestResult = {
    n1: x.n,
    n2: y.n,
    meanDiff,
    standardError: null,
    ciLower: null,
    ciUpper: null,
    t: null,
    df: null,
    p: null,
    hedgesG: null,
  }
  if (meanDiff === null || x.mean === null || y.mean === null) return result
  if (x.variance === null || y.variance === null) return result
  const shareX = x.variance / x.n
  const shareY = y.variance / y.n
  const standardError = Math.sqrt(shareX + shareY)
  if (isEssentiallyConstant(standardError, Math.max(Math.abs(x.mean), Math.abs(y.mean)))) {
    return { ...result, standardError }
  }
  const df = (shareX + shareY) ** 2 / (shareX ** 2 / (x.n - 1) + shareY ** 2 / (y.n - 1))
  // Variances near the underflow threshold can square to zero; no report data comes close.
  if (!Number.isFinite(df)) return { ...result, standardError }
  const t = meanDiff / standardError
  const halfWidth = studentTQuantile((1 + confidenceLevel) / 2, df) * standardError
  return {
    ...result,
    standardError,
    ciLower: finiteOrNull(meanDiff - halfWidth),
    ciUpper: finiteOrNull(meanDiff + halfWidth),
    t: finiteOrNull(t),
    df: finiteOrNull(df),
    p: studentTTwoSidedP(t, df),
    hedgesG: hedgesG(x, y),
  }
}
