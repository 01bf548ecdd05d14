import type { SubmissionRecord } from '../records'

type Document = Record<string, unknown>

/** A submission as the MongoDB store keeps it (its _id is MongoDB's own). */
export const submissionToDocument = (record: SubmissionRecord): Document => ({
  ...record,
  receivedAt: new Date(record.receivedAt),
})

export const submissionFromDocument = (document: Document): SubmissionRecord => ({
  assessment: String(document.assessment),
  audience: String(document.audience),
  campaign: String(document.campaign),
  channel: String(document.channel),
  choices: (document.choices ?? {}) as SubmissionRecord['choices'],
  correct: document.correct as SubmissionRecord['correct'],
  day: String(document.day),
  event: String(document.event),
  locale: String(document.locale),
  occurredAt: String(document.occurredAt),
  partner: typeof document.partner === 'string' ? document.partner : null,
  phase: document.phase as SubmissionRecord['phase'],
  reasons: (document.reasons ?? []) as SubmissionRecord['reasons'],
  receivedAt:
    document.receivedAt instanceof Date
      ? document.receivedAt.toISOString()
      : String(document.receivedAt),
  respondent: String(document.respondent),
  reviewedAt: typeof document.reviewedAt === 'string' ? document.reviewedAt : null,
  reviewedBy: typeof document.reviewedBy === 'string' ? document.reviewedBy : null,
  revision: Number(document.revision),
  score: Number(document.score),
  sender: String(document.sender),
  status: (document.status ?? 'ok') as SubmissionRecord['status'],
  timed: document.timed !== false,
})
