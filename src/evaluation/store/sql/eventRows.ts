import type { StoredEvent, SubmissionRecord } from '../records'
import type { EvaluationTables } from './sqlTables'

import { eventKeyOf } from '../eventKey'
import {
  readBoolean,
  readDate,
  readJson,
  readNumber,
  readOptionalText,
  readText,
} from './decodeValues'
import { type SqlRow } from './sqlDialect'

type EventField = EvaluationTables['events']['fields'][number]
type SubmissionField = EvaluationTables['submissions']['fields'][number]

export const eventToRow = (event: StoredEvent): Record<EventField, unknown> => ({
  answers: event.submission ? JSON.stringify(event.submission.answers) : null,
  assessment: event.submission?.assessment ?? null,
  audience: event.audience,
  campaign: event.campaign,
  channel: event.channel,
  consent: event.consent,
  day: event.day,
  eventId: event.id,
  id: eventKeyOf(event),
  locale: event.locale,
  occurredAt: event.occurredAt,
  partner: event.partner,
  phase: event.submission?.phase ?? null,
  receivedAt: event.receivedAt,
  respondent: event.respondent,
  revision: event.submission?.revision ?? null,
  score: event.submission?.score ?? null,
  sender: event.sender,
  type: event.type,
})

/** The outbox row of a new event that forwarding is to send, keyed like the event. */
export const outboxRow = (
  event: StoredEvent & { forward: NonNullable<StoredEvent['forward']> },
): Record<EvaluationTables['outbox']['fields'][number], unknown> => ({
  id: eventKeyOf(event),
  message: JSON.stringify(event.forward),
  queuedAt: event.receivedAt,
})

/** A submission as its row: JSON as text (SQLite), read back either way (decodeValues.ts). */
export const submissionToRow = (record: SubmissionRecord): Record<SubmissionField, unknown> => ({
  assessment: record.assessment,
  audience: record.audience,
  campaign: record.campaign,
  channel: record.channel,
  choices: JSON.stringify(record.choices),
  correct: JSON.stringify(record.correct),
  day: record.day,
  event: record.event,
  locale: record.locale,
  occurredAt: record.occurredAt,
  partner: record.partner,
  phase: record.phase,
  reasons: JSON.stringify(record.reasons),
  receivedAt: record.receivedAt,
  respondent: record.respondent,
  reviewedAt: record.reviewedAt,
  reviewedBy: record.reviewedBy,
  revision: record.revision,
  score: record.score,
  sender: record.sender,
  status: record.status,
  timed: record.timed,
})

export const rowToSubmission = (row: SqlRow): SubmissionRecord => ({
  assessment: readText(row.assessment),
  audience: readText(row.audience),
  campaign: readText(row.campaign),
  channel: readText(row.channel),
  choices: readJson<SubmissionRecord['choices']>(row.choices),
  correct: readJson<SubmissionRecord['correct']>(row.correct),
  day: readText(row.day),
  event: readText(row.event),
  locale: readText(row.locale),
  occurredAt: readText(row.occurredAt),
  partner: readOptionalText(row.partner),
  phase: readText(row.phase) as SubmissionRecord['phase'],
  reasons: readJson<SubmissionRecord['reasons']>(row.reasons),
  receivedAt: readDate(row.receivedAt),
  respondent: readText(row.respondent),
  reviewedAt: readOptionalText(row.reviewedAt),
  reviewedBy: readOptionalText(row.reviewedBy),
  revision: readNumber(row.revision),
  score: readNumber(row.score),
  sender: readText(row.sender),
  status: readText(row.status) as SubmissionRecord['status'],
  timed: readBoolean(row.timed),
})
