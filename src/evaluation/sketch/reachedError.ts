import { Z_95 } from './constants'
import type { DistinctEstimate } from './distinctSketch'

/**
 * The relative error a report prints beside unique reach as `reachedError`: the half-width of a
 * 95 % interval as a fraction of the value, z₀.₉₇₅ × 1.04 / sqrt(16384) ≈ 0.0159 (1.6 %) for a
 * dense sketch and 0 for an exact one. The interval is value × (1 ± reachedError).
 *
 * It is sound for any union of cells: merging is lossless (the merged registers are those of the
 * union), so the error is that of one sketch of the union, not an accumulation over cells. It is
 * conservative: Ertl's estimator is unbiased to well under this error from a few thousand
 * respondents up, and its error below ~10,000 respondents is smaller than 1.04 / sqrt(m).
 */
export function reachedError(estimate: DistinctEstimate): number {
  return estimate.exact ? 0 : Z_95 * estimate.relativeStandardError
}
