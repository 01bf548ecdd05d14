import type { QualityStatus, ReviewDecision } from '../quality/qualityStatus'
import type { CellRecord } from './cellRecord'
import type { StoredEvent, SubmissionRecord } from './records'

/** Which tallies a report reads; every filter is optional but the campaign. */
export type CellQuery = {
  audience?: string
  campaign: string
  channel?: string
  /** First UTC day included, YYYY-MM-DD. */
  from?: string
  locale?: string
  partner?: string
  /** Last UTC day included, YYYY-MM-DD. */
  to?: string
}

/** Which submissions a review lists: a campaign's, by status, newest first, a page at a time. */
export type SubmissionQuery = CellQuery & {
  limit?: number
  offset?: number
  statuses?: QualityStatus[]
}

/** An evaluator's decisions, by the key (sender/id) of each submission's event. */
export type Review = { decisions: Map<string, ReviewDecision>; reviewedAt: Date; reviewer: string }

/** Event ids of a batch (the senders' own), split by whether this call stored them. */
export type AppendOutcome = { accepted: string[]; duplicates: string[] }

/**
 * Where evaluation data lives. append() is the hot path: it stores a batch of events and updates
 * every tally they touch, idempotently on the sender and event id (never the id alone: two
 * senders' ids are each their own), so a retried batch changes nothing and a crash leaves either
 * all of a batch or none of it (SQL: one transaction; MongoDB: a journal that the next writer
 * finishes, see README.md).
 */
export interface EventStore {
  append(events: StoredEvent[]): Promise<AppendOutcome>
  /** Raw events stored (for a campaign, or all). */
  countEvents(campaign?: string): Promise<number>
  countSubmissions(query: SubmissionQuery): Promise<number>
  /** Deletes raw events received before the cutoff; tallies and submissions stay. */
  purgeEventsReceivedBefore(cutoff: Date): Promise<number>
  readCells(query: CellQuery): Promise<CellRecord[]>
  /** The per-respondent score table (one row per respondent and phase), newest first. */
  readSubmissions(query: SubmissionQuery): Promise<SubmissionRecord[]>
  /**
   * Finishes what a writer that died left half-done (MongoDB's journal; nothing to do in SQL,
   * whose transactions roll back). append() waits for it too; a start calls it early.
   */
  recover(): Promise<void>
  /**
   * Applies an evaluator's decisions at once (one transaction in SQL; one journaled part per
   * campaign in MongoDB): statuses change and every tally the submissions touch moves between
   * the counted and the held rows. Answers the rows changed.
   */
  review(review: Review): Promise<SubmissionRecord[]>
}
