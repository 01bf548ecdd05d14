import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'

import { sql } from 'drizzle-orm'

import type { SqlDialect, SqlRow, SqlRunner } from './sqlDialect'

/** Namespaces our advisory locks ('AWAR') away from anyone else's. */
const LOCK_NAMESPACE = 0x41574152

type Executes = { execute: (query: SQL) => Promise<{ rowCount: null | number; rows: unknown[] }> }

const runnerOver = (db: Executes): SqlRunner => ({
  all: async (query) => (await db.execute(query)).rows as SqlRow[],
  run: async (query) => (await db.execute(query)).rowCount ?? 0,
})

/**
 * PostgreSQL through the Payload adapter's pool. A batch takes a transaction-scoped advisory lock
 * per campaign (in sorted order, so two batches cannot deadlock) before it reads any tally:
 * batches for one campaign take turns, which makes read-modify-write of tallies and the pairing
 * of a respondent's pre and post safe under READ COMMITTED, without retries. Batches for
 * different campaigns run in parallel.
 */
export const postgresDialect = (adapter: PostgresAdapter): SqlDialect => ({
  ...runnerOver(adapter.drizzle as unknown as Executes),
  inTransaction: (campaigns, work) =>
    adapter.drizzle.transaction(async (tx) => {
      const runner = runnerOver(tx as unknown as Executes)
      for (const campaign of [...new Set(campaigns)].sort()) {
        await runner.all(
          sql`SELECT pg_advisory_xact_lock(${LOCK_NAMESPACE}::int, hashtext(${campaign}::text))`,
        )
      }
      return work(runner)
    }),
  name: 'postgres',
})
