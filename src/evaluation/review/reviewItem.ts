import type { QualityReason, QualityStatus } from '../quality/qualityStatus'
import type { SubmissionRecord } from '../store/records'

/**
 * What an evaluator sees of a submission to review: where and when it was taken, who sent it,
 * its phase, status and flags. Never the pseudonym, the answers or the score: reviewing decides
 * whether data is plausible, and needs none of a person's results.
 */
export type ReviewItem = {
  audience: string
  channel: string
  day: string
  locale: string
  occurredAt: string
  partner: null | string
  phase: SubmissionRecord['phase']
  reasons: QualityReason[]
  receivedAt: string
  reviewedAt: null | string
  reviewedBy: null | string
  sender: string
  status: QualityStatus
  /** The submission's event key: how a review names it. */
  submission: string
}

export const reviewItemOf = (
  record: SubmissionRecord,
  audienceSlugs: ReadonlyMap<string, string>,
): ReviewItem => ({
  audience: audienceSlugs.get(record.audience) ?? record.audience,
  channel: record.channel,
  day: record.day,
  locale: record.locale,
  occurredAt: record.occurredAt,
  partner: record.partner,
  phase: record.phase,
  reasons: record.reasons,
  receivedAt: record.receivedAt,
  reviewedAt: record.reviewedAt,
  reviewedBy: record.reviewedBy,
  sender: record.sender,
  status: record.status,
  submission: record.event,
})
