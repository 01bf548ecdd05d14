import type { BatchResult, SubmissionFeedback, WireEvent } from './types'

import { readStored, writeStored } from './storage'

/** Small batches: a slow phone on a seminar's Wi-Fi still gets each one through. */
const BATCH_SIZE = 50
/** Past this many unsent events the oldest go: the partner's storage is not ours to fill. */
const MAX_QUEUED = 500
const RETRY_MS = [2_000, 5_000, 15_000, 60_000]

type Queued = { base: string; event: WireEvent; key: string }

export type Outbox = {
  /** Adds events and schedules a send; `now` sends at once (an answered check awaits feedback). */
  add: (events: WireEvent[], now?: boolean) => void
  flush: (keepalive?: boolean) => Promise<void>
  pending: () => number
}

type Listeners = {
  onFeedback: (feedback: SubmissionFeedback) => void
  onSent: (ids: string[]) => void
}

const QUEUE = 'queue'

const readQueue = () => readStored<Queued[]>(QUEUE, [])

/**
 * Events wait in the partner site's storage until the server has answered for them, so a
 * closed tab, a dropped connection or an offline seminar room loses nothing. Each event keeps
 * the id it was made with, and the server counts an id once, so sending again after an
 * unanswered attempt (or from a second tab) never counts twice.
 */
export const createOutbox = (base: string, key: string, listeners: Listeners): Outbox => {
  let sending: Promise<void> | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let failures = 0

  const mine = (queued: Queued) => queued.base === base && queued.key === key

  const schedule = (ms: number) => {
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), ms)
  }

  const remove = (ids: Set<string>) =>
    writeStored(
      QUEUE,
      readQueue().filter((queued) => !(mine(queued) && ids.has(queued.event.id))),
    )

  const sendBatch = async (batch: WireEvent[], keepalive: boolean): Promise<'done' | 'retry'> => {
    let response: Response
    try {
      response = await fetch(`${base}/api/events`, {
        body: JSON.stringify({ events: batch }),
        credentials: 'omit',
        headers: { Authorization: `partners API-Key ${key}`, 'Content-Type': 'application/json' },
        // Only for a tab being hidden: it lets the request outlive the page.
        keepalive,
        method: 'POST',
      })
    } catch {
      return 'retry'
    }
    const ids = new Set(batch.map((event) => event.id))
    if (response.status === 429 || response.status >= 500 || response.status === 404) {
      return 'retry'
    }
    if (!response.ok) {
      // The same batch would be refused again; say why to the partner's developer and drop it.
      console.error('[aware] events refused:', response.status, await response.text())
      remove(ids)
      return 'done'
    }
    const result = (await response.json()) as BatchResult
    remove(ids)
    for (const rejected of result.rejected ?? []) {
      console.warn('[aware] event rejected:', batch[rejected.index]?.type, rejected.errors)
    }
    for (const feedback of result.feedback ?? []) listeners.onFeedback(feedback)
    listeners.onSent([...ids])
    return 'done'
  }

  const flushOnce = async (keepalive: boolean) => {
    for (;;) {
      const batch = readQueue().filter(mine).slice(0, BATCH_SIZE)
      if (batch.length === 0) {
        failures = 0
        return
      }
      if (
        (await sendBatch(
          batch.map((queued) => queued.event),
          keepalive,
        )) === 'retry'
      ) {
        schedule(RETRY_MS[Math.min(failures, RETRY_MS.length - 1)])
        failures += 1
        return
      }
      failures = 0
    }
  }

  const flush = (keepalive = false): Promise<void> =>
    (sending ??= flushOnce(keepalive).finally(() => {
      sending = undefined
    }))

  const add = (events: WireEvent[], now = false) => {
    const queue = [...readQueue(), ...events.map((event) => ({ base, event, key }))]
    writeStored(QUEUE, queue.slice(-MAX_QUEUED))
    if (now) void (sending ?? Promise.resolve()).then(() => flush())
    else schedule(1_000)
  }

  addEventListener('online', () => void flush())
  // A tab being hidden may be a tab being closed: send what is waiting while the page lives.
  addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flush(true)
  })
  // Events left over from an earlier visit (sent offline, never answered) go out now.
  if (readQueue().some(mine)) schedule(0)

  return { add, flush, pending: () => readQueue().filter(mine).length }
}
