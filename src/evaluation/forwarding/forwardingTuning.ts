/** How the forwarding job batches, waits and backs off; tests shorten the waits. */
export type ForwardingTuning = {
  /** Events per /batch/ request (posthog-node sends one request per job step). */
  batchSize: number
  /** A backlog this large is logged as a warning (POSTHOG_BACKLOG_WARNING). */
  backlogWarning: number
  /** How long the job's lease lasts if its instance dies; renewed after every batch. */
  leaseMs: number
  /** After a failed send, nobody tries again for this long; it doubles per failure in a row. */
  retryBaseMs: number
  retryMaxMs: number
  /** One run stops taking new batches after this long, so a job never holds the queue forever. */
  runBudgetMs: number
}

export const defaultForwardingTuning: Omit<ForwardingTuning, 'backlogWarning' | 'leaseMs'> = {
  batchSize: 100,
  retryBaseMs: 2_000,
  retryMaxMs: 5 * 60_000,
  runBudgetMs: 20_000,
}

export const retryDelayMs = (tuning: ForwardingTuning, failuresInARow: number): number =>
  Math.min(tuning.retryMaxMs, tuning.retryBaseMs * 2 ** Math.max(0, failuresInARow - 1))
