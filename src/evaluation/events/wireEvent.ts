/**
 * The event a partner page, the widget or a field upload sends to POST /api/events, as
 * EVALUATION.md defines it. This is the contract shared by the ingestion endpoint, the widget,
 * the CSV field upload and the population generator; its JSON Schema is eventSchema.ts.
 */
export const eventTypes = ['impression', 'engagement', 'cta', 'share', 'assessment'] as const
export type EventType = (typeof eventTypes)[number]

export const assessmentPhases = ['pre', 'post', 'followup'] as const
export type AssessmentPhase = (typeof assessmentPhases)[number]

/** Answers by item key: one choice key, or several for items with more than one correct choice. */
export type Answers = Record<string, string | string[]>

export type WireAssessment = {
  /** The assessment's id or slug. */
  assessment: number | string
  answers: Answers
  phase: AssessmentPhase
  /** The answer-key revision the respondent saw (delivery returns it with the items). */
  revision: number
}

export type WireEvent = {
  assessment?: WireAssessment
  /** Audience slug: from the partner placement or the respondent's own choice. */
  audience: string
  /** Campaign id or slug. */
  campaign: number | string
  channel: string
  /** Whether the respondent agreed to take part in the evaluation. */
  consent: boolean
  /** UUID made by the sender: the idempotency key. */
  id: string
  locale: string
  /** ISO 8601 date-time on the device; an offline upload may arrive days later. */
  occurredAt: string
  /** Opaque random id made by the widget or field device; never a name, email, phone or IP. */
  respondent: string
  type: EventType
}

export const MAX_EVENTS_PER_BATCH = 500
export const MAX_BATCH_BYTES = 1024 * 1024

export type BatchRejection = { errors: string[]; index: number }

export type ItemFeedback = {
  correct: boolean
  correctChoices: string[]
  explanation: null | string
  item: string
}

/** Per-item feedback for a post (or follow-up) submission, so the widget can teach. */
export type SubmissionFeedback = {
  id: string
  index: number
  items: ItemFeedback[]
  score: number
}

export type BatchResult = {
  accepted: number
  duplicates: number
  feedback: SubmissionFeedback[]
  rejected: BatchRejection[]
}
