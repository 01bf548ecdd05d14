/**
 * Every counted knowledge-check submission carries a review status, as KoboToolbox's validation
 * status and ODK Central's review states do: `ok` (no flag), `flagged` (a flag at ingestion,
 * awaiting review), `excluded` and `approved` (an evaluator's decision). Reports count `ok` and
 * `approved` by default.
 */
export const qualityStatuses = ['ok', 'flagged', 'excluded', 'approved'] as const
export type QualityStatus = (typeof qualityStatuses)[number]

/** Why a submission was flagged. */
export const qualityReasons = [
  'too-fast',
  'burst',
  'identical-answers',
  'outside-period',
  'future',
] as const
export type QualityReason = (typeof qualityReasons)[number]

/** What a report counts by default; the rest is held for review. */
export type Inclusion = 'held' | 'included'

export const inclusionOf = (status: QualityStatus): Inclusion =>
  status === 'ok' || status === 'approved' ? 'included' : 'held'

/** What an evaluator may set. */
export const reviewDecisions = ['approved', 'excluded'] as const
export type ReviewDecision = (typeof reviewDecisions)[number]
