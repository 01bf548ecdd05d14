import type { ReachFigures } from './figureTypes'
import type { MergedTallies } from './mergedTallies'

import { reachedError } from '../sketch'

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null)

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
    engaged,
    engagedRate: rate(engaged, reached.value),
    impressions: tallies.counts.impressions,
    reached: reached.value,
    reachedError: reachedError(reached),
    target,
  }
}
