import type { AppendOutcome } from './eventStore'
import type { StoredEvent } from './records'

import { eventKeyOf } from './eventKey'

type Waiting = {
  events: StoredEvent[]
  reject: (error: unknown) => void
  resolve: (outcome: AppendOutcome) => void
}

/**
 * Group commit: batches that arrive while a transaction is running wait, then go into the next
 * transaction together (up to `maxEvents`), so under load one BEGIN … COMMIT, one read and one
 * write of each touched tally serve many batches. Each caller still learns exactly what became of
 * its own events: an event (its sender and id) is accepted for the first batch, in arrival order,
 * that carried it; a later batch sees it as a duplicate. A failing transaction fails every batch
 * in it, and none of them is half-written.
 *
 * `write` stores a list of events in one transaction and answers the keys (eventKeyOf) it stored.
 */
export const groupCommit = (
  write: (events: StoredEvent[]) => Promise<Set<string>>,
  maxEvents: number,
) => {
  let queue: Waiting[] = []
  let running = false

  const settle = (group: Waiting[], stored: Set<string>) => {
    const claimed = new Set<string>()
    for (const waiting of group) {
      const outcome: AppendOutcome = { accepted: [], duplicates: [] }
      for (const event of waiting.events) {
        const key = eventKeyOf(event)
        if (stored.has(key) && !claimed.has(key)) {
          claimed.add(key)
          outcome.accepted.push(event.id)
        } else {
          outcome.duplicates.push(event.id)
        }
      }
      waiting.resolve(outcome)
    }
  }

  const drain = async () => {
    while (queue.length > 0) {
      let size = 0
      let taken = 0
      while (
        taken < queue.length &&
        (taken === 0 || size + queue[taken].events.length <= maxEvents)
      ) {
        size += queue[taken].events.length
        taken += 1
      }
      const group = queue.slice(0, taken)
      queue = queue.slice(taken)
      try {
        settle(group, await write(group.flatMap((waiting) => waiting.events)))
      } catch (error) {
        for (const waiting of group) waiting.reject(error)
      }
    }
    running = false
  }

  return (events: StoredEvent[]): Promise<AppendOutcome> =>
    new Promise((resolve, reject) => {
      queue.push({ events, reject, resolve })
      if (running) return
      running = true
      // One turn of the event loop first: requests already read from their sockets reach append()
      // in that turn and join the group. (An SQLite transaction never yields, so without this
      // turn nothing could ever join.)
      setImmediate(() => void drain())
    })
}
