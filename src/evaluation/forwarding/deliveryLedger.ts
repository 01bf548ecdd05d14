import type { ForwarderStats } from './forwarder'

/**
 * Per-event bookkeeping of what was handed to PostHog and what became of it. Counts are of events:
 * - forwarded: acknowledged by PostHog (once per event);
 * - failed: each event of each failed request, plus events dropped without a request (the queue
 *   was full or the forwarder had shut down);
 * - retried: each event sent again after a failed request;
 * - queued: handed over and neither acknowledged nor given up.
 */
export class DeliveryLedger {
  private counts = { failed: 0, forwarded: 0, retried: 0 }
  private readonly failedBefore = new Set<string>()
  private readonly outstanding = new Set<string>()

  handedOver(id: string): void {
    this.outstanding.add(id)
  }

  /** A request carrying these events is about to be sent. */
  attempted(ids: readonly string[]): void {
    for (const id of ids) if (this.failedBefore.has(id)) this.counts.retried += 1
  }

  delivered(ids: readonly string[]): void {
    for (const id of ids) {
      if (this.outstanding.delete(id)) this.counts.forwarded += 1
      this.failedBefore.delete(id)
    }
  }

  /** A request failed; a permanent failure (PostHog refused the batch) will not be sent again. */
  failed(ids: readonly string[], { permanent }: { permanent: boolean }): void {
    this.counts.failed += ids.length
    for (const id of ids) {
      if (permanent) {
        this.outstanding.delete(id)
        this.failedBefore.delete(id)
      } else if (this.outstanding.has(id)) {
        this.failedBefore.add(id)
      }
    }
  }

  /** Events given up on before any request carried them. */
  dropped(count: number): void {
    this.counts.failed += count
  }

  queued(): number {
    return this.outstanding.size
  }

  stats(): ForwarderStats {
    return { ...this.counts, queued: this.outstanding.size }
  }
}
