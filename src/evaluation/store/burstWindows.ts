import type { QualityRules } from '../quality/qualityRules'
import type { StoredEvent } from './records'

/** Where a batch's bursts could reach into stored submissions: per sender and campaign. */
export type BurstWindow = { campaign: string; from: string; sender: string; to: string }

/**
 * For each sender and campaign of a batch's timed submissions, the span from its earliest minus
 * the burst window to its latest plus the window: stored submissions outside it cannot share a
 * burst with the batch.
 */
export const burstWindows = (events: StoredEvent[], rules: QualityRules): BurstWindow[] => {
  const spans = new Map<string, { campaign: string; from: number; sender: string; to: number }>()
  for (const event of events) {
    if (!event.submission?.timed) continue
    const at = Date.parse(event.occurredAt)
    const key = `${event.sender}\u0000${event.campaign}`
    const span = spans.get(key)
    if (span) {
      span.from = Math.min(span.from, at)
      span.to = Math.max(span.to, at)
    } else spans.set(key, { campaign: event.campaign, from: at, sender: event.sender, to: at })
  }
  const margin = rules.burstSeconds * 1000
  return [...spans.values()].map((span) => ({
    campaign: span.campaign,
    from: new Date(span.from - margin).toISOString(),
    sender: span.sender,
    to: new Date(span.to + margin).toISOString(),
  }))
}
