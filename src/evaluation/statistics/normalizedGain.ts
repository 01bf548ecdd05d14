import type { SampleSummary } from './types'

import { normalQuantile } from './distributions/normal'
import { assertConfidenceLevel } from './validation'

export type GainLabel = 'low' | 'medium' | 'high'

export type NormalizedGain = {
  /** (post − pre) / (1 − pre); null when pre = 1, where no gain was possible */
  gain: number | null
  label: GainLabel | null
}

// Hake (1998), Am. J. Phys. 66:64: high-g is g ≥ 0.7, medium-g 0.3 ≤ g < 0.7, low-g g < 0.3.
const MEDIUM_FROM = 0.3
const HIGH_FROM = 0.7

/**
 * Hake's normalized gain on class means (shares correct, 0–1). A loss gives a negative g,
 * labelled low like any g below 0.3.
 */
export function normalizedGain(preMean: number, postMean: number): NormalizedGain {
  for (const [name, value] of [
    ['preMean', preMean],
    ['postMean', postMean],
  ] as const) {
    if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be in [0, 1], got ${value}`)
  }
  if (preMean === 1) return { gain: null, label: null }
  const gain = (postMean - preMean) / (1 - preMean)
  return { gain, label: labelGain(gain) }
}

export function labelGain(gain: number): GainLabel {
  if (gain >= HIGH_FROM) return 'high'
  if (gain >= MEDIUM_FROM) return 'medium'
  return 'low'
}

export type NormalizedGainInterval = {
  gain: null | number
  lower: null | number
  /** The delta-method standard error of g. */
  standardError: null | number
  upper: null | number
}

/**
 * Hake's g on the means of two independent samples (all pre, all post) with a delta-method
 * interval: g = (Y − X)/(1 − X) has ∂g/∂Y = 1/(1 − X) and ∂g/∂X = −(1 − Y)/(1 − X)², so
 * Var(g) ≈ s²_post/(n_post (1 − X)²) + (1 − Y)² s²_pre/(n_pre (1 − X)⁴), and the interval is
 * g ± z·SE (normal quantile). Closed form from the report's sums, no resampling. Where the same
 * people answered before and after, their positive pre–post correlation would shrink the
 * variance; treating the samples as independent leaves the interval conservative.
 */
export function normalizedGainInterval(
  pre: SampleSummary,
  post: SampleSummary,
  confidenceLevel = 0.95,
): NormalizedGainInterval {
  assertConfidenceLevel(confidenceLevel)
  const none = { gain: null, lower: null, standardError: null, upper: null }
  if (pre.mean === null || post.mean === null) return none
  const { gain } = normalizedGain(pre.mean, post.mean)
  if (gain === null || pre.variance === null || post.variance === null) {
    return { ...none, gain }
  }
  const room = 1 - pre.mean
  const variance =
    post.variance / (post.n * room ** 2) +
    ((1 - post.mean) ** 2 * pre.variance) / (pre.n * room ** 4)
  const standardError = Math.sqrt(variance)
  if (!(standardError > 0) || !Number.isFinite(standardError)) return { ...none, gain }
  const halfWidth = normalQuantile((1 + confidenceLevel) / 2) * standardError
  return { gain, lower: gain - halfWidth, standardError, upper: gain + halfWidth }
}
