import { regularizedGammaP, regularizedGammaQ } from '../special/incompleteGamma'

/** The chi-square distribution with df degrees of freedom, as a gamma(df/2, 2) distribution. */

export function chiSquareCdf(x: number, df: number): number {
  assertDegreesOfFreedom(df)
  return x <= 0 ? 0 : regularizedGammaP(df / 2, x / 2)
}

/** P(X > x): the p-value of a chi-square statistic, computed directly to keep small tails. */
export function chiSquareSurvival(x: number, df: number): number {
  assertDegreesOfFreedom(df)
  return x <= 0 ? 1 : regularizedGammaQ(df / 2, x / 2)
}

function assertDegreesOfFreedom(df: number): void {
  if (!(df > 0) || !Number.isFinite(df)) {
    throw new RangeError(`degrees of freedom must be finite and positive, got ${df}`)
  }
}
