import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { StoredEvent } from '../../../src/evaluation/store/records'
import type { SqlDialect } from '../../../src/evaluation/store/sql/sqlDialect'

import { closeDatabase } from '../../../src/db/closeDatabase'
import { eventStoreFor } from '../../../src/evaluation/store/eventStoreFor'
import { createSqlEventStore } from '../../../src/evaluation/store/sql/createSqlEventStore'
import { postgresDialect } from '../../../src/evaluation/store/sql/postgresDialect'
import { sqliteDialect } from '../../../src/evaluation/store/sql/sqliteDialect'
import { evaluationTables } from '../../../src/evaluation/store/sql/sqlTables'
import { loadPayload } from '../../../src/server/loadPayload'

const hex = () => randomUUID().replaceAll('-', '').repeat(2)

const storedEvent = (overrides: Partial<StoredEvent> = {}): StoredEvent => ({
  audience: '1',
  campaign: 'store-test',
  channel: 'web',
  consent: true,
  day: '2026-03-01',
  id: randomUUID(),
  locale: 'en',
  occurredAt: '2026-03-01T10:00:00.000Z',
  partner: null,
  receivedAt: new Date().toISOString(),
  respondent: hex(),
  sender: 'user:1',
  submission: null,
  type: 'impression',
  ...overrides,
})

const submission = (respondent: string, phase: 'post' | 'pre', right: number, day = '2026-03-01') =>
  storedEvent({
    day,
    respondent,
    submission: {
      answers: { a: 'x' },
      assessment: '1',
      correct: { a: right >= 1 ? 1 : 0, b: right >= 2 ? 1 : 0 },
      phase,
      revision: 1,
      score: right / 2,
    },
    type: 'assessment',
  })

describe('the SQL event store', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await loadPayload()
  })
  afterAll(async () => {
    await closeDatabase(payload)
  })

  /**
   * The real store over the real database, except that the batch's last write (the upsert of
   * its tallies, the only statement append() runs without reading rows back) fails, as a full
   * disk or a lost connection would make it.
   */
  const storeFailingAtTallies = () => {
    const dialect: SqlDialect =
      payload.db.name === 'postgres'
        ? postgresDialect(payload.db as unknown as PostgresAdapter)
        : sqliteDialect(payload.db as unknown as SQLiteAdapter)
    const failing: SqlDialect = {
      ...dialect,
      inTransaction: (campaigns, work) =>
        dialect.inTransaction(campaigns, (runner) =>
          work({
            all: runner.all,
            run: () => Promise.reject(new Error('disk full (injected)')),
          }),
        ),
    }
    return createSqlEventStore(
      failing,
      evaluationTables(payload.db.tables as Record<string, unknown>),
    )
  }

  it('writes nothing of a batch whose tally update fails', async () => {
    const store = eventStoreFor(payload)
    const before = await store.countEvents('store-test')
    const batch = [storedEvent(), submission(hex(), 'pre', 1)]
    await expect(storeFailingAtTallies().append(batch)).rejects.toThrow(/injected/)
    expect(await store.countEvents('store-test')).toBe(before)
    expect(await store.readSubmissions({ campaign: 'store-test' })).toEqual([])
    expect(await store.append(batch)).toEqual({ accepted: batch.map((e) => e.id), duplicates: [] })
  })

  it('pairs a pre and a post sent in concurrent batches exactly once', async () => {
    const store = eventStoreFor(payload)
    const people = Array.from({ length: 20 }, () => hex())
    const batches = people.flatMap((person) => [
      [submission(person, 'pre', 0)],
      [submission(person, 'post', 2, '2026-03-02')],
    ])
    await Promise.all(batches.map((batch) => store.append(batch)))
    const cells = await store.readCells({ campaign: 'store-test', from: '2026-03-02' })
    const pairs = cells.reduce((sum, cell) => sum + (cell.pairs.prePost?.n ?? 0), 0)
    expect(pairs).toBe(20)
    const differences = cells.reduce((sum, cell) => sum + (cell.pairs.prePost?.sum ?? 0), 0)
    expect(differences).toBe(20)
  })

  it('reads tallies with an indexed query on campaign and day', async () => {
    const select = sql`SELECT * FROM evaluation_cells WHERE campaign = 'x' AND day >= '2026-01-01'`
    let plan: string
    if (payload.db.name === 'sqlite') {
      const rows = await (payload.db as unknown as SQLiteAdapter).drizzle.all<{ detail: string }>(
        sql`EXPLAIN QUERY PLAN ${select}`,
      )
      plan = rows.map((row) => row.detail).join(' ')
    } else {
      // A near-empty table is cheapest to scan; forbid that to see which index the query can use.
      plan = await (payload.db as unknown as PostgresAdapter).drizzle.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL enable_seqscan = off`)
        const { rows } = await tx.execute<{ 'QUERY PLAN': string }>(sql`EXPLAIN ${select}`)
        return rows.map((row) => row['QUERY PLAN']).join(' ')
      })
    }
    expect(plan).toMatch(/campaign_day_idx/)
  })
})
