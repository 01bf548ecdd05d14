import type { StoredEvent } from '../store/records'

/**
 * Senders without a widget session (a secret key, a staff account) show when a respondent's
 * session began by the events they send with a check: the earliest of the respondent's events in
 * the same batch, when it came before the check, is its session start.
 */
export const withBatchSessionStarts = (events: StoredEvent[]): StoredEvent[] => {
  const earliest = new Map<string, string>()
  for (const event of events) {
    if (event.respondent === null) continue
    const key = `${event.campaign}\u0000${event.respondent}`
    const known = earliest.get(key)
    if (known === undefined || event.occurredAt < known) earliest.set(key, event.occurredAt)
  }
  return events.map((event) => {
    const { respondent, submission } = event
    if (!submission || respondent === null || submission.sessionStart !== null) return event
    const start = earliest.get(`${event.campaign}\u0000${respondent}`)
    return start !== undefined && start < event.occurredAt
      ? { ...event, submission: { ...submission, sessionStart: start } }
      : event
  })
}
