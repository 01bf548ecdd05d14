import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

import { leasesFor } from '../evaluation/forwarding/leasesFor'
import { sqliteDialect } from '../evaluation/store/sql/sqliteDialect'
import { holdLease, type HoldLeaseOptions } from './leases/holdLease'
import { sqlLeases } from './leases/sqlLeases'

/** What a start does once across instances, each under a lock of its own. */
export type StartStep = 'examples' | 'schema'

/**
 * One bigint key per step ('AWAR' then a number) for PostgreSQL's session advisory lock.
 * Single-key and two-key advisory locks are separate spaces, so the event store's per-campaign
 * locks never meet these.
 */
const POSTGRES_LOCKS: Record<StartStep, bigint> = {
  examples: 0x4157415200000002n,
  schema: 0x4157415200000001n,
}

const leaseName = (step: StartStep) => `start:${step}`

/** A start's schema work takes seconds; a holder that died frees the lease within 30. */
const LEASE_OPTIONS: HoldLeaseOptions = { forMs: 30_000, pollMs: 200, waitMs: 10 * 60_000 }

/**
 * The SQLite lock lives in a table of its own, made here when missing: the `leases` collection
 * is made by the very migrations this lock guards. CREATE TABLE IF NOT EXISTS takes SQLite's one
 * write lock, so two processes making it at once cannot collide.
 */
const SQLITE_LOCK_TABLE = {
  columns: { expiresAt: '"expires_at"', failures: '"failures"', holder: '"holder"', id: '"id"' },
  table: '"aware_start_lock"',
}

const underPostgresLock = async <T>(
  adapter: PostgresAdapter,
  step: StartStep,
  work: () => Promise<T>,
) => {
  const key = POSTGRES_LOCKS[step].toString()
  const client = await adapter.pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [key])
    try {
      return await work()
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key])
    }
  } finally {
    client.release()
  }
}

const underSqliteLease = async <T>(
  adapter: SQLiteAdapter,
  step: StartStep,
  work: () => Promise<T>,
) => {
  const dialect = sqliteDialect(adapter)
  await dialect.run(
    `CREATE TABLE IF NOT EXISTS ${SQLITE_LOCK_TABLE.table} ("id" text PRIMARY KEY NOT NULL,
       "holder" text, "expires_at" text NOT NULL, "failures" integer NOT NULL)`,
  )
  const leases = sqlLeases(dialect, SQLITE_LOCK_TABLE)
  return holdLease(leases, leaseName(step), randomUUID(), work, LEASE_OPTIONS)
}

/**
 * Runs a step of a start in one instance at a time across every instance sharing the database:
 * the schema (the committed migrations, then the fix-ups that write), so instances started
 * together on an empty database migrate it once while the others wait, then find every migration
 * applied; and the example campaigns a new database gets, imported once.
 *
 * - PostgreSQL: a session advisory lock on a connection of its own, which the server releases
 *   by itself if the process dies.
 * - SQLite: a lease in its own small table (several processes on one file).
 * - MongoDB has no migrations (the adapter builds its indexes at connection, and building an
 *   index that exists is a no-op), but the fix-ups still run once: a lease in `leases`, whose
 *   collection MongoDB creates on first write.
 */
export const underStartLock = async <T>(
  payload: Payload,
  step: StartStep,
  work: () => Promise<T>,
): Promise<T> => {
  switch (payload.db.name) {
    case 'postgres':
      return underPostgresLock(payload.db as unknown as PostgresAdapter, step, work)
    case 'sqlite':
      return underSqliteLease(payload.db as unknown as SQLiteAdapter, step, work)
    default:
      return holdLease(leasesFor(payload), leaseName(step), randomUUID(), work, LEASE_OPTIONS)
  }
}
