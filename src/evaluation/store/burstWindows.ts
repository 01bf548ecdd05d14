import type { QualityRules } from '../quality/qualityRules'
import type { StoredEvent } from './records'

/** Where a batch's bursts could reach into stored submissions: per sender and campaign. */
export type BurstWindow = { campaign: string; from: string; sender: string; to: string }

/**
 * For each sender and campaign of a batch's timed submissions, the spans within the burst window
 * of one of them (each submission's time ± the window, overlapping spans joined): a burst that
 * takes in a submission of the batch lies within the window of it, so stored submissions outside
 * every span cannot share one with the batch. One span per sender and campaign from the earliest
 * to the latest would do too, but a batch of widget traffic spans weeks, and that span took in
 * every stored submission of the sender: a read that grew with the table on every batch.
 */
export const burstWindows = (events: StoredEvent[], rules: QualityRules): BurstWindow[] => {
  const times = new Map<string, { campaign: string; sender: string; times: number[] }>()
  for (const event of events) {
    if (!event.submission?.timed) continue
    const key = `${event.sender}\u0000${event.campaign}`
    const group = times.get(key)
    const at = Date.parse(event.occurredAt)
    if (group) group.times.push(at)
    else times.set(key, { campaign: event.campaign, sender: event.sender, times: [at] })
  }
  const margin = rules.burstSeconds * 1000
  const windows: BurstWindow[] = []
  for (const { campaign, sender, times: group } of times.values()) {
    group.sort((a, b) => a - b)
    let from = group[0] - margin
    let to = group[0] + margin
    const close = () =>
      windows.push({
        campaign,
        from: new Date(from).toISOString(),
        sender,
        to: new Date(to).toISOString(),
      })
    for (const at of group.slice(1)) {
      if (at - margin > to) {
        close()
        from = at - margin
      }
      to = at + margin
    }
    close()
  }
  return windows
}
