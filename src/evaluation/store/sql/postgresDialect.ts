import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PoolClient } from 'pg'

import { createHash } from 'node:crypto'

import type { SqlDialect, SqlRow, SqlRunner } from './sqlDialect'

/** Namespaces our advisory locks ('AWAR') away from anyone else's. */
const LOCK_NAMESPACE = 0x41574152

type Queryable = Pick<PoolClient, 'query'>

/** `?` placeholders → `$1…$n`, and a name, so each connection prepares a statement once. */
const numbered = new Map<string, { name: string; text: string }>()
const prepared = (text: string) => {
  let statement = numbered.get(text)
  if (!statement) {
    let index = 0
    statement = {
      name: `aware_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`,
      text: text.replace(/\?/g, () => `$${(index += 1)}`),
    }
    numbered.set(text, statement)
  }
  return statement
}

const runnerOver = (db: Queryable): SqlRunner => ({
  all: async (text, params = []) =>
    (await db.query<SqlRow>({ ...prepared(text), values: [...params] })).rows,
  run: async (text, params = []) =>
    (await db.query({ ...prepared(text), values: [...params] })).rowCount ?? 0,
})

/**
 * PostgreSQL through the Payload adapter's own pool (the one beneath payload.db.drizzle). A batch
 * takes a transaction-scoped advisory lock per campaign (in sorted order, so two batches cannot
 * deadlock) before it reads any tally: batches for one campaign take turns, which makes
 * read-modify-write of tallies and the pairing of a respondent's pre and post safe under READ
 * COMMITTED, without retries. Batches for different campaigns run in parallel.
 */
export const postgresDialect = (adapter: PostgresAdapter): SqlDialect => ({
  ...runnerOver(adapter.pool),
  inTransaction: async (campaigns, work) => {
    const client = await adapter.pool.connect()
    try {
      await client.query('BEGIN')
      try {
        const runner = runnerOver(client)
        for (const campaign of [...new Set(campaigns)].sort()) {
          await runner.all('SELECT pg_advisory_xact_lock(?::int, hashtext(?::text))', [
            LOCK_NAMESPACE,
            campaign,
          ])
        }
        const result = await work(runner)
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK')
        throw error
      }
    } finally {
      client.release()
    }
  },
  name: 'postgres',
})
