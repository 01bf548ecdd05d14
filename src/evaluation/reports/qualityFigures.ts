import type { QualityReason } from '../quality/qualityStatus'
import type { QualityTally } from '../store/tallies'

import { qualityReasons } from '../quality/qualityStatus'

/**
 * What a report says about the data behind a row: submissions received (retakes included), how
 * many it counts (`ok` and `approved`), how many were approved on review, are flagged and await
 * review, were excluded, were set aside as retakes, and why they were flagged. A count resting
 * on 1 to k − 1 submissions is null (suppressed); so are `received` and `included` when a phase
 * of the row is suppressed, as they would give its size away.
 */
export type QualityFigures = {
  approved: null | number
  excluded: null | number
  flagged: null | number
  included: null | number
  reasons: Record<QualityReason, null | number>
  received: null | number
  retakes: null | number
}

export const qualityFigures = (
  tally: QualityTally,
  { k, sizesHidden }: { k: number; sizesHidden: boolean },
): QualityFigures => {
  const shown = (value: number) => (value === 0 || value >= k ? value : null)
  const status = (name: keyof QualityTally['statuses']) => tally.statuses[name] ?? 0
  const included = status('ok') + status('approved')
  const parts = [status('flagged'), status('excluded'), tally.retakes].map(shown)
  const received = included + status('flagged') + status('excluded') + tally.retakes
  // ok + approved = included: approved would give a small number of ok submissions away.
  const approvedShown = shown(status('ok')) === null ? null : shown(status('approved'))
  return {
    approved: approvedShown,
    excluded: parts[1],
    flagged: parts[0],
    included: sizesHidden ? null : shown(included),
    reasons: Object.fromEntries(
      qualityReasons.map((reason) => [reason, shown(tally.reasons[reason] ?? 0)]),
    ) as QualityFigures['reasons'],
    received: sizesHidden || parts.includes(null) ? null : shown(received),
    retakes: parts[2],
  }
}

/**
 * The counts of a breakdown's rows: none. They count submissions of every status, which no
 * breakdown's disclosure check covers (docs/evaluation.md); the unfiltered report has them.
 */
export const withheldQuality = (): QualityFigures => ({
  approved: null,
  excluded: null,
  flagged: null,
  included: null,
  reasons: Object.fromEntries(
    qualityReasons.map((reason) => [reason, null]),
  ) as QualityFigures['reasons'],
  received: null,
  retakes: null,
})
