/** How the PostHog forwarder batches, waits and retries; tests shorten the waits. */
export type ForwardingTuning = {
  /** Events per /batch/ request. */
  batchSize: number
  /** How long an event may wait for its batch to fill before it is sent anyway. */
  flushIntervalMs: number
  /** Events held in memory at most while PostHog is unreachable; later ones are dropped and counted. */
  maxQueued: number
  requestTimeoutMs: number
  /** First wait after a failed request; it doubles with each failure in a row, up to retryMaxMs. */
  retryBaseMs: number
  retryMaxMs: number
  /** How long shutdown() keeps trying to send what is queued. */
  shutdownTimeoutMs: number
}

export const defaultForwardingTuning: ForwardingTuning = {
  batchSize: 100,
  flushIntervalMs: 2_000,
  maxQueued: 10_000,
  requestTimeoutMs: 10_000,
  retryBaseMs: 1_000,
  retryMaxMs: 60_000,
  shutdownTimeoutMs: 10_000,
}

export const retryDelayMs = (tuning: ForwardingTuning, failuresInARow: number): number =>
  Math.min(tuning.retryMaxMs, tuning.retryBaseMs * 2 ** Math.max(0, failuresInARow - 1))
