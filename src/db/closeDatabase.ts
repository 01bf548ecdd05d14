import type { Payload } from 'payload'

import { stopChangeFeed } from '../cache/changeFeed'

/** A checked-out pg client carries release(); passing true destroys it instead of pooling it. */
type PgClient = { release?: (destroy: boolean) => void }

type SqlConnections = {
  client?: { close: () => void }
  pool?: { _clients?: PgClient[]; end: () => Promise<void>; ended?: boolean }
}

/**
 * payload.destroy() forgets the SQL adapters' schema but leaves their connections open. The
 * PostgreSQL adapter also keeps one pool client checked out for the life of the process (to
 * notice a reset connection), which would make pool.end() wait forever; that client is ended
 * here too. The MongoDB adapter closes its own connection in destroy().
 */
export const closeDatabase = async (payload: Payload): Promise<void> => {
  const connections = payload.db as unknown as SqlConnections
  stopChangeFeed(payload)
  await payload.destroy()
  const pool = connections.pool
  if (pool && !pool.ended) {
    const ended = pool.end()
    for (const client of [...(pool._clients ?? [])]) client.release?.(true)
    await ended
  }
  connections.client?.close()
}
