import type { Answers, AssessmentPhase, EventType } from '../events/wireEvent'
import type { ForwardedEvent } from '../forwarding/forwarder'

/** The breakdown a tally belongs to. Ids are strings so SQL and MongoDB ids fit alike. */
export type CellCoordinates = {
  audience: string
  campaign: string
  channel: string
  /** UTC day of occurredAt, YYYY-MM-DD. */
  day: string
  locale: string
  /** null when a staff account, not a partner key, sent the event. */
  partner: null | string
}

/** Which items a respondent answered correctly: item key → 1 or 0. */
export type ItemCorrectness = Record<string, 0 | 1>

/** An assessment event after scoring against the revision the respondent saw. */
export type ScoredSubmission = {
  answers: Answers
  assessment: string
  correct: ItemCorrectness
  phase: AssessmentPhase
  revision: number
  /** Share of the revision's items answered correctly, 0–1. */
  score: number
}

/** An event as the store keeps it: resolved, pseudonymized and (for assessments) scored. */
export type StoredEvent = CellCoordinates & {
  consent: boolean
  /**
   * What PostHog is to receive, when forwarding is on: queued in the outbox in the same write as
   * the event, if the event is new.
   */
  forward?: ForwardedEvent
  /** The sender's own event id; unique per sender only (see `sender`). */
  id: string
  occurredAt: string
  receivedAt: string
  /** The campaign-scoped pseudonym; null without consent, so no respondent is stored. */
  respondent: null | string
  /** Who vouches for the id: "partner:<id>", "user:<id>", "upload:…" (ingestion/sender.ts). */
  sender: string
  submission: null | ScoredSubmission
  type: EventType
}

/** One respondent's counted submission for one phase: the per-respondent score table. */
export type SubmissionRecord = CellCoordinates & {
  correct: ItemCorrectness
  phase: AssessmentPhase
  respondent: string
  score: number
}
