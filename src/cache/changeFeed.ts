import type { Payload, PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import { runAfterCommit } from '../db/runNowAndAfterCommit'

/**
 * What the in-memory caches hold, by what invalidates it: `content` (campaigns, knowledge checks,
 * media: delivery's rendered answers, ingestion's campaign targets and answer keys) and
 * `partners` (keys, origins, audiences, the active flag).
 */
export type ChangeTopic = 'content' | 'partners'

const TOPICS: readonly ChangeTopic[] = ['content', 'partners']

/** How often each instance reads the change stamps: the bound on how late it notices a change. */
export const CHANGE_POLL_MS = 1_000

/** A failing read is logged at most this often (the caches' own lifetimes still bound staleness). */
const WARNING_INTERVAL_MS = 60_000

type Stamp = { at: number; by: string; token: string }

type Listener = (payload: Payload) => void

const listeners: Record<ChangeTopic, Set<Listener>> = { content: new Set(), partners: new Set() }

const stampKey = (topic: ChangeTopic) => `aware:changes:${topic}`

/**
 * A cache that must forget what it holds when a topic changes on any instance registers here
 * (at import); it is called with the Payload instance whose feed saw the change.
 */
export const onChange = (topic: ChangeTopic, listener: Listener): void => {
  listeners[topic].add(listener)
}

const notify = (topic: ChangeTopic, payload: Payload) => {
  for (const listener of listeners[topic]) listener(payload)
}

type Feed = {
  by: string
  /** The read under way, if any: closing waits for it before the database goes. */
  polling?: Promise<void>
  /** The stamp each topic had when last read or written here. */
  seen: Map<ChangeTopic, null | string>
  timer?: NodeJS.Timeout
  /**
   * Counted up when a stamp write here starts and again when it ends: a read during which this
   * moved overlapped a write, and is not trusted.
   */
  writes: number
}

const feeds = new WeakMap<Payload, Feed>()

const feedOf = (payload: Payload): Feed => {
  let feed = feeds.get(payload)
  if (!feed) feeds.set(payload, (feed = { by: randomUUID(), seen: new Map(), writes: 0 }))
  return feed
}

/**
 * Tells every instance on the database that a topic changed: a fresh random stamp in Payload's
 * key-value store (the `payload-kv` collection, in every adapter), which each instance's feed
 * reads every CHANGE_POLL_MS. A random token rather than a counter: two writers need no
 * read-modify-write, and any new value means "changed".
 *
 * The writer then forgets the topic's caches once more and takes its own stamp as seen, so its
 * feed does not empty them again a second later. That is safe even when this stamp overwrote
 * another instance's unread one: that instance committed its change before writing its stamp,
 * so before this forgetting, and what is loaded after it is already new.
 */
const writeStamp = async (payload: Payload, topic: ChangeTopic) => {
  const feed = feedOf(payload)
  const stamp: Stamp = { at: Date.now(), by: feed.by, token: randomUUID() }
  feed.writes += 1
  try {
    await payload.kv.set(stampKey(topic), stamp)
  } catch {
    // Two instances writing a stamp that does not exist yet can collide on its unique key: the
    // other's insert won, so the row is there now and the second try updates it.
    await payload.kv.set(stampKey(topic), stamp)
  } finally {
    // A read that began after the write started may still hold the stamp from before it: it
    // must not reach `seen` after the line below, or the feed would empty the caches twice more.
    feed.writes += 1
  }
  feed.seen.set(topic, stamp.token)
  notify(topic, payload)
}

/**
 * Announces, once the request's transaction has committed (before, another instance would reload
 * and cache what is about to be replaced), that a topic changed. The writing instance's own caches
 * are invalidated by its hooks at once; this reaches the others.
 */
export const announceChange = (req: PayloadRequest, topic: ChangeTopic): void => {
  const { payload } = req
  runAfterCommit(req, () =>
    writeStamp(payload, topic).catch((error: unknown) =>
      payload.logger.warn({ err: error, msg: `Could not announce a change of ${topic}`, topic }),
    ),
  )
}

const readStamps = async (payload: Payload) =>
  Promise.all(
    TOPICS.map(async (topic) => {
      const stamp = (await payload.kv.get(stampKey(topic))) as null | Stamp
      return [topic, stamp?.token ?? null] as const
    }),
  )

/** Reads the stamps once and tells the caches of every topic whose stamp moved since. */
export const pollChanges = async (payload: Payload): Promise<void> => {
  const feed = feedOf(payload)
  const { seen } = feed
  const writesBefore = feed.writes
  const stamps = await readStamps(payload)
  for (const [topic, token] of stamps) {
    // A stamp written here meanwhile may be newer than what was read: the next read decides
    // (this one only sets a first baseline, which can at most cause one needless emptying).
    if (feed.writes !== writesBefore) {
      if (!seen.has(topic)) seen.set(topic, token)
      continue
    }
    const before = seen.get(topic)
    seen.set(topic, token)
    if (before !== undefined && before !== token) notify(topic, payload)
  }
}

/**
 * Starts the instance's feed: reads the stamps once (the baseline, before the server serves),
 * then every CHANGE_POLL_MS. A change on any instance reaches this one's caches within about
 * CHANGE_POLL_MS plus one read.
 */
export const startChangeFeed = async (payload: Payload): Promise<void> => {
  const feed = feedOf(payload)
  if (feed.timer) return
  await pollChanges(payload)
  let warnedAt = 0
  feed.timer = setInterval(() => {
    if (feed.polling) return
    feed.polling = pollChanges(payload)
      .catch((error: unknown) => {
        if (Date.now() - warnedAt < WARNING_INTERVAL_MS) return
        warnedAt = Date.now()
        payload.logger.warn({ err: error, msg: 'Could not read the change stamps' })
      })
      .finally(() => (feed.polling = undefined))
  }, CHANGE_POLL_MS)
  feed.timer.unref()
}

/** Stops the feed and waits for a read under way, so none reaches a closed database. */
export const stopChangeFeed = async (payload: Payload): Promise<void> => {
  const feed = feeds.get(payload)
  if (!feed) return
  clearInterval(feed.timer)
  feed.timer = undefined
  await feed.polling
}
