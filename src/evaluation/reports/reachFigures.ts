import type { Interval, ReachFigures } from './figureTypes'
import type { MergedTallies } from './mergedTallies'

import { reachedError } from '../sketch'
import { wilsonInterval } from '../statistics'

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null)

/**
 * The Wilson interval of part / whole. Both are distinct-count estimates: a sketch may put the
 * part a little above the whole, which is read as all of them.
 */
const rateInterval = (part: number, whole: number): Interval => {
  const { lower, upper } = wilsonInterval(Math.min(part, whole), whole)
  return [lower, upper]
}

/**
 * Reach of one report row: impressions, unique respondents (with the sketch's error bound).
 * `phasesHidden`: a phase of the row is suppressed, so the checks completed (their sum) are too.
 */
export const reachFigures = (
  tallies: MergedTallies,
  target: null | number,
  phasesHidden = false,
): ReachFigures => {
  const reached = tallies.sketches.reached.estimate()
  const engaged = tallies.sketches.engaged.estimate().value
  const cta = tallies.sketches.cta.estimate().value
  const { followup, post, pre } = tallies.scores
  return {
    assessmentsCompleted: phasesHidden ? null : pre.n + post.n + followup.n,
    attainment: target !== null && target > 0 ? reached.value / target : null,
    cta,
    ctaRate: rate(cta, reached.value),
    ctaRateCi: rateInterval(cta, reached.value),
    engaged,
    engagedRate: rate(engaged, reached.value),
    engagedRateCi: rateInterval(engaged, reached.value),
    impressions: tallies.counts.impressions,
    reached: reached.value,
    reachedError: reachedError(reached),
    target,
  }
}
