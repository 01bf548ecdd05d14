import { normalQuantile } from './distributions/normal'
import { noncentralityInterval } from './noncentralityInterval'
import { assertConfidenceLevel, assertCount } from './validation'

export type EffectSizeInterval = { lower: null | number; upper: null | number }

const NONE: EffectSizeInterval = { lower: null, upper: null }

/**
 * The interval of Cohen's d_z = mean(d) / sd(d) for n pairs, from the noncentral t: the paired
 * t is d_z·√n on n − 1 df with noncentrality δ = d_z·√n, so the interval of δ divided by √n is
 * the interval of d_z (MBESS `ci.sm(sm = d_z, N = n)`; effectsize's noncentral-t interval for
 * d_z). Exact under normal differences, where the Algina–Keselman and normal approximations are
 * not. It needs only n, the mean and the SD of the differences: the report's mergeable sums.
 */
export function cohensDzInterval(
  dz: null | number,
  n: number,
  confidenceLevel = 0.95,
): EffectSizeInterval {
  assertCount(n, 'n')
  assertConfidenceLevel(confidenceLevel)
  if (dz === null || !Number.isFinite(dz) || n < 2) return NONE
  const root = Math.sqrt(n)
  const { lower, upper } = noncentralityInterval(dz * root, n - 1, confidenceLevel)
  return {
    lower: lower === null ? null : lower / root,
    upper: upper === null ? null : upper / root,
  }
}

/**
 * The interval of Hedges' g for two independent groups of n1 and n2: g ± z·√v with the large-
 * sample variance of Hedges & Olkin (1985, Statistical Methods for Meta-Analysis, p. 86, eq. 14)
 * evaluated at g, v = (n1 + n2)/(n1·n2) + g²/(2(n1 + n2)): what R's `metafor::escalc(measure =
 * "SMD")` gives as vi (its default vtype "LS") and `summary()` turns into ci.lb and ci.ub.
 */
export function hedgesGInterval(
  g: null | number,
  n1: number,
  n2: number,
  confidenceLevel = 0.95,
): EffectSizeInterval {
  assertCount(n1, 'n1')
  assertCount(n2, 'n2')
  assertConfidenceLevel(confidenceLevel)
  if (g === null || !Number.isFinite(g) || n1 < 2 || n2 < 2) return NONE
  const variance = (n1 + n2) / (n1 * n2) + (g * g) / (2 * (n1 + n2))
  const halfWidth = normalQuantile((1 + confidenceLevel) / 2) * Math.sqrt(variance)
  return { lower: g - halfWidth, upper: g + halfWidth }
}
