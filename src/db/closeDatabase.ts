import type { Payload } from 'payload'

import { setTimeout as sleep } from 'node:timers/promises'

import { stopChangeFeed } from '../cache/changeFeed'
import { afterCommitRunsSettled } from './runNowAndAfterCommit'

/** How long closing waits for work under way (queries, change stamps) before it cuts it off. */
const GRACE_MS = 5_000
const QUIET_POLL_MS = 20

/**
 * A checked-out pg client carries release(); passing true destroys it instead of pooling it. One
 * in the middle of a query is released by that query when it ends: releasing it here as well
 * would release it twice, which pg-pool throws on, outside any caller.
 */
type PgClient = {
  _activeQuery?: unknown
  _queryQueue?: unknown[]
  release?: (destroy: boolean) => void
}

type PgPool = {
  _clients?: PgClient[]
  end: () => Promise<void>
  ended?: boolean
  waitingCount?: number
}

type SqlConnections = { client?: { close: () => void }; pool?: PgPool }

const isQuerying = (client: PgClient) =>
  Boolean(client._activeQuery) || (client._queryQueue?.length ?? 0) > 0

const isQuiet = (pool: PgPool) =>
  (pool.waitingCount ?? 0) === 0 && !(pool._clients ?? []).some(isQuerying)

/** getPayload()'s cache of the process's instances (payload/dist/index.js), by key. */
type PayloadCache = Map<string, { payload: null | Payload }>

/** A closed instance is not handed out again: the next getPayload() boots a new one. */
const forgetCachedInstance = (payload: Payload) => {
  const cache = (globalThis as { _payload?: PayloadCache })._payload
  for (const [key, entry] of cache ?? []) if (entry.payload === payload) cache?.delete(key)
}

const closed = new WeakSet<Payload>()

/** Whether closeDatabase has begun for this instance: background work stops on seeing it. */
export const isClosing = (payload: Payload): boolean => closed.has(payload)

/** Waits until `ready` holds or the grace period ends, whichever comes first. */
const waitUntil = async (ready: () => boolean, deadline: number) => {
  while (!ready() && Date.now() < deadline) await sleep(QUIET_POLL_MS, undefined, { ref: false })
}

/**
 * Closes the instance's database once the work under way has finished (for at most GRACE_MS):
 * the change feed's read, changes announced after a commit, queries in the PostgreSQL pool and
 * callers waiting for one of its connections (pg-pool's end() would leave those waiting forever).
 *
 * payload.destroy() forgets the SQL adapters' schema but leaves their connections open. The
 * PostgreSQL adapter also keeps one pool client checked out for the life of the process (to
 * notice a reset connection), which would make pool.end() wait forever; that client is ended here
 * too (pool.end() has already ended the idle ones). The MongoDB adapter closes its own connection
 * in destroy().
 */
export const closeDatabase = async (payload: Payload): Promise<void> => {
  const deadline = Date.now() + GRACE_MS
  closed.add(payload)
  const connections = payload.db as unknown as SqlConnections
  await stopChangeFeed(payload)
  // A change announced just before closing still reaches the other instances.
  await Promise.race([afterCommitRunsSettled(), sleep(GRACE_MS, undefined, { ref: false })])
  const pool = connections.pool
  if (pool) await waitUntil(() => isQuiet(pool), deadline)
  await payload.destroy()
  forgetCachedInstance(payload)
  if (pool && !pool.ended) {
    const ended = pool.end()
    for (const client of [...(pool._clients ?? [])]) if (!isQuerying(client)) client.release?.(true)
    await ended
  }
  connections.client?.close()
}
