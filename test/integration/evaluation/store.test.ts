import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { EventStore } from '../../../src/evaluation/store/eventStore'
import type { MongoStoreCollections } from '../../../src/evaluation/store/mongo/mongoCollections'
import type { StoredEvent } from '../../../src/evaluation/store/records'
import type { SqlDialect } from '../../../src/evaluation/store/sql/sqlDialect'

import { closeDatabase } from '../../../src/db/closeDatabase'
import { databaseKindOf, type DatabaseKind } from '../../../src/db/databaseKind'
import { readEnvironment } from '../../../src/environment'
import { qualityRulesOf } from '../../../src/evaluation/quality/qualityRules'
import { eventStoreFor } from '../../../src/evaluation/store/eventStoreFor'
import { createMongoEventStore } from '../../../src/evaluation/store/mongo/createMongoEventStore'
import { mongoStoreCollections } from '../../../src/evaluation/store/mongo/mongoCollections'
import { createSqlEventStore } from '../../../src/evaluation/store/sql/createSqlEventStore'
import { postgresDialect } from '../../../src/evaluation/store/sql/postgresDialect'
import { sqliteDialect } from '../../../src/evaluation/store/sql/sqliteDialect'
import { evaluationTables } from '../../../src/evaluation/store/sql/sqlTables'
import { loadPayload } from '../../../src/server/loadPayload'
import { createTallySeeder, writeSeededTallies } from '../../bench/seedTallies'
import { seededRandom } from '../../helpers/population'

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
      choices: { a: [right >= 1 ? 'a' : 'b'], b: [right >= 2 ? 'a' : 'b'] },
      correct: { a: right >= 1 ? 1 : 0, b: right >= 2 ? 1 : 0 },
      phase,
      reasons: [],
      revision: 1,
      score: right / 2,
      sessionStart: null,
      timed: true,
    },
    type: 'assessment',
  })

/** Where a write is made to fail: each step of an append, in the order they run. */
const failurePoints: Record<DatabaseKind, string[]> = {
  // No transaction to roll back: each step in turn.
  mongodb: ['journal insert', 'events', 'submissions', 'cells', 'journal completion'],
  // One transaction: its last statement, the only one append() runs without reading rows back.
  postgres: ['cells'],
  sqlite: ['cells'],
}

const kind = databaseKindOf(process.env.DATABASE_URI)

type SubmissionRecordLike = { reasons: string[] }

describe('the event store', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await loadPayload()
  })
  afterAll(async () => {
    await closeDatabase(payload)
  })

  /**
   * The real store over the real database, except that one write fails, as a full disk, a lost
   * connection or a killed process would make it.
   */
  const storeFailingAt = (point: string): EventStore => {
    if (kind === 'mongodb') {
      const adapter = payload.db as unknown as MongooseAdapter
      const collections = mongoStoreCollections(adapter)
      const failing = <T extends object>(target: T, ...methods: string[]): T =>
        new Proxy(target, {
          get: (object, property, receiver) =>
            methods.includes(String(property))
              ? () => Promise.reject(new Error(`connection lost at ${point} (injected)`))
              : (Reflect.get(object, property, receiver) as unknown),
        })
      const broken: MongoStoreCollections = {
        ...collections,
        cells: point === 'cells' ? failing(collections.cells, 'bulkWrite') : collections.cells,
        events: point === 'events' ? failing(collections.events, 'insertMany') : collections.events,
        journal:
          point === 'journal insert'
            ? failing(collections.journal, 'insertOne')
            : point === 'journal completion'
              ? failing(collections.journal, 'updateOne')
              : collections.journal,
        submissions:
          point === 'submissions'
            ? failing(collections.submissions, 'insertMany', 'updateMany')
            : collections.submissions,
      }
      return createMongoEventStore(adapter, { collections: broken })
    }
    const dialect: SqlDialect =
      kind === 'postgres'
        ? postgresDialect(payload.db as unknown as PostgresAdapter)
        : sqliteDialect(payload.db as unknown as SQLiteAdapter)
    const failing: SqlDialect = {
      ...dialect,
      inTransaction: (campaigns, work) =>
        dialect.inTransaction(campaigns, (runner) =>
          work({
            all: runner.all,
            run: () => Promise.reject(new Error(`connection lost at ${point} (injected)`)),
          }),
        ),
    }
    return createSqlEventStore(
      failing,
      evaluationTables(payload.db.tables as Record<string, unknown>),
      qualityRulesOf(readEnvironment()),
    )
  }

  /** The store as a freshly started instance has it: in MongoDB, one that recovers at start. */
  const restartedStore = (): EventStore =>
    kind === 'mongodb'
      ? createMongoEventStore(payload.db as unknown as MongooseAdapter)
      : eventStoreFor(payload)

  const totals = async (campaign: string) => {
    const cells = await eventStoreFor(payload).readCells({ campaign })
    return {
      events: await eventStoreFor(payload).countEvents(campaign),
      impressions: cells.reduce((sum, cell) => sum + cell.impressions, 0),
      pairs: cells.reduce((sum, cell) => sum + (cell.pairs.prePost?.n ?? 0), 0),
      pre: cells.reduce((sum, cell) => sum + (cell.scores.pre?.n ?? 0), 0),
      submissions: (await eventStoreFor(payload).readSubmissions({ campaign })).length,
    }
  }

  it.each(failurePoints[kind])(
    'counts a batch that failed at its %s write exactly once after a restart and a retry',
    async (point) => {
      const campaign = `store-failure-${point.replace(/\s/g, '-')}`
      const person = hex()
      const earlier = [submission(person, 'pre', 0)].map((event) => ({ ...event, campaign }))
      await eventStoreFor(payload).append(earlier)
      const batch = [storedEvent(), submission(person, 'post', 2)].map((event) => ({
        ...event,
        campaign,
      }))
      await expect(storeFailingAt(point).append(batch)).rejects.toThrow(/injected/)
      if (kind !== 'mongodb') {
        // The transaction rolled back: nothing of the batch is stored.
        expect(await totals(campaign)).toMatchObject({ events: 1, impressions: 0, submissions: 1 })
      }

      // A restart finishes what was journaled before anything else is written.
      const restarted = restartedStore()
      await restarted.recover()
      if (kind === 'mongodb' && point !== 'journal insert') {
        expect(await totals(campaign)).toMatchObject({ events: 3, impressions: 1, pairs: 1 })
      }

      const retried = await restarted.append(batch)
      expect(retried.accepted.length + retried.duplicates.length).toBe(batch.length)
      // All or nothing: after a failure the batch was either stored whole (and finished at the
      // restart, so the retry finds duplicates) or not at all (and the retry stores it).
      expect([0, batch.length]).toContain(retried.accepted.length)
      expect(await totals(campaign)).toEqual({
        events: 3,
        impressions: 1,
        pairs: 1,
        pre: 1,
        submissions: 2,
      })
      // A second retry changes nothing.
      expect((await eventStoreFor(payload).append(batch)).accepted).toEqual([])
      expect(await totals(campaign)).toMatchObject({ events: 3, impressions: 1, pairs: 1 })
    },
  )

  it('pairs a pre and a post sent in concurrent batches exactly once', async () => {
    // Two stores are two writers, as two instances would be (SQLite has one writer per file).
    const writers = [
      eventStoreFor(payload),
      kind === 'sqlite' ? eventStoreFor(payload) : restartedStore(),
    ]
    const people = Array.from({ length: 20 }, () => hex())
    const batches = people.flatMap((person) => [
      [submission(person, 'pre', 0)],
      [submission(person, 'post', 2, '2026-03-02')],
    ])
    await Promise.all(batches.map((batch, index) => writers[index % 2].append(batch)))
    const store = eventStoreFor(payload)
    const cells = await store.readCells({ campaign: 'store-test', from: '2026-03-02' })
    const pairs = cells.reduce((sum, cell) => sum + (cell.pairs.prePost?.n ?? 0), 0)
    expect(pairs).toBe(20)
    const differences = cells.reduce((sum, cell) => sum + (cell.pairs.prePost?.sum ?? 0), 0)
    expect(differences).toBe(20)
  })

  it('leaves through the benches’ fast seeding path the tallies and submissions appends leave', async () => {
    const random = seededRandom(12)
    const base = Date.UTC(2026, 3, 1, 8)
    const events: StoredEvent[] = []
    for (let person = 0; person < 120; person += 1) {
      const respondent = hex()
      const consent = person % 10 !== 0
      const sender = person < 30 ? 'partner:0' : `partner:${person % 3}`
      const day = Math.floor(random() * 5)
      const channel = ['web', 'seminar'][person % 2]
      // A burst: 30 people of one sender within a few seconds, half with the same answers.
      const start = person < 30 ? base + person * 200 : base + day * 86_400_000 + person * 60_000
      const at = (minutes: number) => {
        const date = new Date(start + minutes * 60_000)
        return { day: date.toISOString().slice(0, 10), occurredAt: date.toISOString() }
      }
      const common = {
        campaign: 'seed-a',
        channel,
        consent,
        respondent: consent ? respondent : null,
        sender,
      }
      for (let view = 0; view < 4; view += 1) events.push(storedEvent({ ...common, ...at(view) }))
      events.push(storedEvent({ ...common, ...at(5), type: random() < 0.3 ? 'cta' : 'engagement' }))
      if (!consent || (person >= 30 && random() < 0.3)) continue
      const right = (phase: 'post' | 'pre') =>
        person < 15 ? 1 : Math.min(2, Math.floor(random() * 3) + (phase === 'post' ? 1 : 0))
      // Some post checks come seconds after the pre (too fast), some pre checks twice (retakes).
      const check = (phase: 'post' | 'pre', minutes: number) => ({
        ...submission(respondent, phase, right(phase)),
        ...common,
        ...at(minutes),
      })
      events.push(check('pre', 10), check('post', person % 7 === 0 ? 10.01 : 30))
      if (person % 5 === 0) events.push(check('pre', 40))
      if (person % 11 === 0) events.push(check('pre', 8))
    }
    // Shuffled, so a later batch brings an earlier submission and pairs form in either order.
    for (let index = events.length - 1; index > 0; index -= 1) {
      const other = Math.floor(random() * (index + 1))
      ;[events[index], events[other]] = [events[other], events[index]]
    }
    const store = eventStoreFor(payload)
    for (let start = 0; start < events.length; start += 300) {
      await store.append(events.slice(start, start + 300))
    }
    const seeder = createTallySeeder()
    const copies = events.map((event) => ({ ...event, campaign: 'seed-b' }))
    // The same batches: a post that arrives before its pre is not timed against it afterwards,
    // so which events share a batch can decide a too-fast flag (widget traffic, in time order
    // per visitor, is not affected; the bench seeds it in batches of any size).
    for (let start = 0; start < copies.length; start += 300) {
      seeder.add(copies.slice(start, start + 300))
    }
    await writeSeededTallies(payload, seeder)

    /** Rows of a campaign keyed by all but the campaign; sums to 12 digits (float order). */
    const comparable = (value: unknown): unknown =>
      typeof value === 'number'
        ? Number(value.toPrecision(12))
        : Array.isArray(value)
          ? value.map(comparable)
          : value && typeof value === 'object'
            ? Object.fromEntries(
                Object.entries(value)
                  .filter(([key]) => key !== 'campaign')
                  .map(([key, inner]) => [key, comparable(inner)]),
              )
            : value
    const cellsOf = async (campaign: string) =>
      (await store.readCells({ campaign }))
        .map(comparable)
        .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
    // What the flags and the pairing decided is the same too.
    const submissionsOf = async (campaign: string) =>
      (await store.readSubmissions({ campaign, limit: 10_000 }))
        .map((row) => comparable({ ...row, event: row.event.replace(/^[^/]*\//, '') }))
        .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
    const rows = await submissionsOf('seed-a')
    expect(rows.some((row) => (row as SubmissionRecordLike).reasons.includes('burst'))).toBe(true)
    expect(rows.some((row) => (row as SubmissionRecordLike).reasons.includes('too-fast'))).toBe(
      true,
    )
    expect(await submissionsOf('seed-b')).toEqual(rows)
    const appended = await cellsOf('seed-a')
    expect(appended.length).toBeGreaterThan(10)
    expect(await cellsOf('seed-b')).toEqual(appended)
  })

  it('reads tallies with an indexed query on campaign and day', async () => {
    if (kind === 'mongodb') {
      const { cells } = mongoStoreCollections(payload.db as unknown as MongooseAdapter)
      const indexes = await cells.indexes()
      expect(indexes.map((index) => index.key)).toContainEqual({ campaign: 1, day: 1 })
      const explained = await cells.find({ campaign: 'x', day: { $gte: '2026-01-01' } }).explain()
      const winningPlan = JSON.stringify(explained.queryPlanner?.winningPlan ?? null)
      // MongoDB names the index it chose. FerretDB answers with its PostgreSQL plan instead and
      // filters in jsonb, so there only the index's existence can be checked (README, MongoDB).
      if (explained.queryPlanner?.winningPlan) expect(winningPlan).toMatch(/campaign_1_day_1/)
      return
    }
    const select = sql`SELECT * FROM evaluation_cells WHERE campaign = 'x' AND day >= '2026-01-01'`
    let plan: string
    if (kind === 'sqlite') {
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
