import { chiSquareSurvival } from './distributions/chiSquare'
import { binomialTestPValue } from './binomialTest'
import { assertCount } from './validation'

export type McNemarResult = {
  /** pairs that moved one way (e.g. wrong before, right after) */
  b: number
  /** pairs that moved the other way */
  c: number
  /** b + c */
  discordant: number
  /** (|b − c| − 1)² / (b + c), continuity-corrected as R's default */
  chiSquared: number | null
  df: 1
  /** from chi-square(1), R's `mcnemar.test(matrix(c(a, c, b, d), 2))$p.value` */
  p: number | null
  /** exact two-sided binomial p of b out of b + c at ½, R's `binom.test(b, b + c)$p.value` */
  exactP: number | null
}

/**
 * McNemar's test from the discordant counts. With b + c = 0 no pair changed, the statistic is
 * 0/0 (R reports NaN) and the binomial test has no trials (R refuses it): every figure is
 * null, and a report should say "no respondent changed" rather than show a p-value. As in R,
 * b = c still gives a statistic of 1/(b + c), not 0: the correction overshoots there.
 */
export function mcnemarTest(b: number, c: number): McNemarResult {
  assertCount(b, 'b')
  assertCount(c, 'c')
  const discordant = b + c
  if (discordant === 0) {
    return { b, c, discordant, chiSquared: null, df: 1, p: null, exactP: null }
  }
  const chiSquared = (Math.abs(b - c) - 1) ** 2 / discordant
  return {
    b,
    c,
    discordant,
    chiSquared,
    df: 1,
    p: chiSquareSurvival(chiSquared, 1),
    exactP: binomialTestPValue(Math.min(b, c), discordant, 0.5),
  }
}
