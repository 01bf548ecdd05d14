const DAY_MS = 24 * 60 * 60 * 1000

/** Raw events received before this instant are past retention. */
export const retentionCutoff = (now: Date, retentionDays: number): Date =>
  new Date(now.getTime() - retentionDays * DAY_MS)

/**
 * The earliest occurredAt ingestion accepts. An event purged by retention was received more than
 * `retentionDays` ago and occurred at most a day after it was received (the clock skew ingestion
 * tolerates), so it occurred before this: refusing older events means a retry of a purged event
 * can never slip in as new and count twice.
 */
export const oldestAcceptedOccurrence = (now: Date, retentionDays: number): Date =>
  new Date(now.getTime() - (retentionDays - 1) * DAY_MS)

/** Device clocks run ahead; an event may claim to be at most this far in the future. */
export const MAX_CLOCK_SKEW_MS = DAY_MS
