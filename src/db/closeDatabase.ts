import type { Payload } from 'payload'

type SqlConnections = {
  client?: { close: () => void }
  pool?: { end: () => Promise<void>; ended?: boolean }
}

/**
 * payload.destroy() forgets the SQL adapters' schema but leaves their connections open (a
 * PostgreSQL pool keeps the process alive), so a clean shutdown also closes them here.
 * The MongoDB adapter closes its own connection in destroy().
 */
export const closeDatabase = async (payload: Payload): Promise<void> => {
  const connections = payload.db as unknown as SqlConnections
  await payload.destroy()
  if (connections.pool && !connections.pool.ended) await connections.pool.end()
  connections.client?.close()
}
