import type { Answers, AssessmentPhase, EventType } from '../events/wireEvent'
import type { ForwardedEvent } from '../forwarding/forwarder'
import type { Inclusion, QualityReason, QualityStatus } from '../quality/qualityStatus'

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

/** A tally row's place: its breakdown, and whether reports count it by default. */
export type CellSite = CellCoordinates & { inclusion: Inclusion }

/** Which choices a respondent picked for each item answered: item key → choice keys, sorted. */
export type ItemChoices = Record<string, string[]>

/** Which items a respondent answered correctly: item key → 1 or 0. */
export type ItemCorrectness = Record<string, 0 | 1>

/** An assessment event after scoring against the revision the respondent saw. */
export type ScoredSubmission = {
  answers: Answers
  assessment: string
  /** The choices picked per item (sorted): distractor shares and identical answers in a burst. */
  choices: ItemChoices
  correct: ItemCorrectness
  phase: AssessmentPhase
  /** Flags raised at ingestion from the event alone (its time against the campaign's period). */
  reasons: QualityReason[]
  revision: number
  /** Share of the revision's items answered correctly, 0–1. */
  score: number
  /**
   * When the respondent's session began, if known: the widget session's start, or the earliest
   * event of the respondent in the same batch. A check is timed from it (or from the previous
   * check) for the too-fast flag.
   */
  sessionStart: null | string
  /** False when the device's time is a date only (a paper sheet): nothing can be timed. */
  timed: boolean
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
  assessment: string
  choices: ItemChoices
  correct: ItemCorrectness
  /** The key (sender and id) of the event that counts: also how a review names the row. */
  event: string
  occurredAt: string
  phase: AssessmentPhase
  reasons: QualityReason[]
  receivedAt: string
  respondent: string
  revision: number
  /** Who reviewed it, and when (an evaluator's approval or exclusion). */
  reviewedAt: null | string
  reviewedBy: null | string
  score: number
  sender: string
  status: QualityStatus
  timed: boolean
}
