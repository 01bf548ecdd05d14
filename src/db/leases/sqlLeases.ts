import type { Leases, LeaseState } from './leases'

/** What the leases need of an SQL connection: the event store's dialects provide it. */
export type LeaseRunner = {
  all(text: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>
  run(text: string, params?: readonly unknown[]): Promise<number>
}

export type LeasesTable = {
  columns: { expiresAt: string; failures: string; holder: string; id: string }
  table: string
}

const toDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)))

/**
 * Leases in SQLite or PostgreSQL: taking one is a single upsert whose update only happens when
 * the row's lease has expired or is the taker's own, so the database decides who holds it, and
 * the number of rows it changed says whether it was taken. Dates are ISO text, as Payload stores
 * them in SQLite and as PostgreSQL parses them.
 */
export const sqlLeases = (db: LeaseRunner, { columns: c, table }: LeasesTable): Leases => ({
  read: async (name) => {
    const [row] = await db.all(
      `SELECT ${c.holder} AS "holder", ${c.expiresAt} AS "expiresAt", ${c.failures} AS "failures"
       FROM ${table} WHERE ${c.id} = ?`,
      [name],
    )
    if (!row) return null
    const state: LeaseState = {
      expiresAt: toDate(row.expiresAt),
      failures: Number(row.failures),
      holder: typeof row.holder === 'string' ? row.holder : null,
    }
    return state
  },
  release: async (name, holder, { failures, notBefore }) => {
    await db.run(
      `UPDATE ${table} SET ${c.holder} = NULL, ${c.expiresAt} = ?, ${c.failures} = ?
       WHERE ${c.id} = ? AND ${c.holder} = ?`,
      [notBefore.toISOString(), failures, name, holder],
    )
  },
  take: async (name, holder, forMs) => {
    const now = new Date()
    const changed = await db.run(
      `INSERT INTO ${table} (${c.id}, ${c.holder}, ${c.expiresAt}, ${c.failures})
       VALUES (?, ?, ?, 0)
       ON CONFLICT (${c.id}) DO UPDATE SET ${c.holder} = excluded.${c.holder},
         ${c.expiresAt} = excluded.${c.expiresAt}
       WHERE ${table}.${c.expiresAt} <= ? OR ${table}.${c.holder} = ?`,
      [name, holder, new Date(now.getTime() + forMs).toISOString(), now.toISOString(), holder],
    )
    return changed > 0
  },
})
