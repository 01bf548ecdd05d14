import type { Session, Sessions, SessionSubject } from './sessions'
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
  /** Whether the last send failed for want of a connection (rather than waiting on purpose). */
  offline: () => boolean
  pending: () => number
}

type Listeners = {
  onFeedback: (feedback: SubmissionFeedback) => void
  onSent: (ids: string[]) => void
}

const QUEUE = 'queue'

const readQueue = () => readStored<Queued[]>(QUEUE, [])

const sameSubject = (a: SessionSubject, b: SessionSubject) =>
  a.campaign === b.campaign && a.audience === b.audience && a.respondent === b.respondent

/**
 * When the server takes a check in this session: never sooner than the time its items take a
 * person after the session began (a session started late, after an offline answer, waits).
 */
const sendableAt = (event: WireEvent, session: Session) =>
  event.assessment
    ? session.issuedAt +
      Object.keys(event.assessment.answers).length * session.minSecondsPerItem * 1000 +
      1000
    : 0

/**
 * Events wait in the partner site's storage until the server has answered for them, so a
 * closed tab, a dropped connection or an offline seminar room loses nothing. Each event keeps
 * the id it was made with, and the server counts an id once, so sending again after an
 * unanswered attempt (or from a second tab) never counts twice. Each batch goes inside the
 * widget session of its events' respondent (see sessions.ts).
 */
export const createOutbox = (
  base: string,
  key: string,
  sessions: Sessions,
  listeners: Listeners,
): Outbox => {
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

  const sendBatch = async (
    batch: WireEvent[],
    session: Session,
    keepalive: boolean,
  ): Promise<'done' | 'retry'> => {
    let response: Response
    try {
      response = await fetch(`${base}/api/events`, {
        body: JSON.stringify({ events: batch, session: session.token }),
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
    if (response.status === 401) {
      // The session expired (or the server's secret changed): start another and send again.
      sessions.forget(batch[0])
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

  let unreachable = false
  const retryLater = () => {
    unreachable = true
    schedule(RETRY_MS[Math.min(failures, RETRY_MS.length - 1)])
    failures += 1
  }

  const flushOnce = async (keepalive: boolean) => {
    unreachable = false
    let laterAt = Infinity
    const skipped = new Set<string>()
    for (;;) {
      const waiting = readQueue()
        .filter(mine)
        .map((queued) => queued.event)
        .filter((event) => !skipped.has(event.id))
      if (waiting.length === 0) {
        failures = 0
        if (laterAt < Infinity) schedule(Math.max(0, laterAt - Date.now()))
        return
      }
      const subject = waiting[0]
      const session = await sessions.sessionFor(subject)
      if (!session) return retryLater()
      const now = Date.now()
      const batch: WireEvent[] = []
      for (const event of waiting.filter((candidate) => sameSubject(candidate, subject))) {
        const at = sendableAt(event, session)
        if (at > now) {
          laterAt = Math.min(laterAt, at)
          skipped.add(event.id)
        } else if (batch.length < BATCH_SIZE) {
          batch.push(event)
        }
      }
      if (batch.length === 0) continue
      if ((await sendBatch(batch, session, keepalive)) === 'retry') return retryLater()
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

  return { add, flush, offline: () => unreachable, pending: () => readQueue().filter(mine).length }
}
