import type { StoredEvent, SubmissionRecord } from '../records'
import type { EvaluationTables } from './sqlTables'

import { eventKeyOf } from '../eventKey'
import { readJson, readNumber, readOptionalText, readText } from './decodeValues'
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

/** The submission row of a consented, scored assessment event. */
export const submissionToRow = (
  event: StoredEvent & { respondent: string; submission: NonNullable<StoredEvent['submission']> },
): Record<SubmissionField, unknown> => ({
  assessment: event.submission.assessment,
  audience: event.audience,
  campaign: event.campaign,
  channel: event.channel,
  correct: JSON.stringify(event.submission.correct),
  day: event.day,
  event: eventKeyOf(event),
  locale: event.locale,
  partner: event.partner,
  phase: event.submission.phase,
  receivedAt: event.receivedAt,
  respondent: event.respondent,
  revision: event.submission.revision,
  score: event.submission.score,
  sender: event.sender,
})

export const submissionRecordFields = [
  'campaign',
  'audience',
  'partner',
  'channel',
  'locale',
  'day',
  'respondent',
  'phase',
  'score',
  'correct',
] as const satisfies readonly SubmissionField[]

export const rowToSubmission = (row: SqlRow): SubmissionRecord => ({
  audience: readText(row.audience),
  campaign: readText(row.campaign),
  channel: readText(row.channel),
  correct: readJson<SubmissionRecord['correct']>(row.correct),
  day: readText(row.day),
  locale: readText(row.locale),
  partner: readOptionalText(row.partner),
  phase: readText(row.phase) as SubmissionRecord['phase'],
  respondent: readText(row.respondent),
  score: readNumber(row.score),
})
