/**
 * A fast seeding path for the benches: the tallies and the per-respondent score table that the
 * event store's appends would leave, computed in memory by the store's own pure planner and
 * tally update (planSubmissions.ts, updateCells.ts) over batches of any size, then written in a
 * few large transactions in the very row shape the store writes (sql/appendInSql.ts writeCells,
 * submissionStatements.ts writeSubmissions; MongoDB: cellDocument.ts, submissionDocument.ts).
 * Raw events are not written: a report reads only the tallies (and a review the submissions).
 *
 * Not for product use: no idempotency (every event is taken as new: feed each once), no
 * concurrent writers, and the whole state is held in memory until written. What it saves is the
 * per-batch round trips (read the touched rows, write them back) and the event rows; test
 * `store.test.ts` checks that it leaves the same tallies as appending the same events.
 */
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import type { QualityRules } from '../../src/evaluation/quality/qualityRules'
import type { CellRecord } from '../../src/evaluation/store/cellRecord'
import type { StoredEvent, SubmissionRecord } from '../../src/evaluation/store/records'
import type { SqlDialect } from '../../src/evaluation/store/sql/sqlDialect'

import { readEnvironment } from '../../src/environment'
import { qualityRulesOf } from '../../src/evaluation/quality/qualityRules'
import { DistinctSketch } from '../../src/evaluation/sketch'
import { base64ToBytes } from '../../src/evaluation/sketch/serialization'
import { burstWindows } from '../../src/evaluation/store/burstWindows'
import { cellToDocument } from '../../src/evaluation/store/mongo/cellDocument'
import { mongoStoreCollections } from '../../src/evaluation/store/mongo/mongoCollections'
import { submissionToDocument } from '../../src/evaluation/store/mongo/submissionDocument'
import { planAppend } from '../../src/evaluation/store/planSubmissions'
import { writeCells } from '../../src/evaluation/store/sql/appendInSql'
import { postgresDialect } from '../../src/evaluation/store/sql/postgresDialect'
import { sqliteDialect } from '../../src/evaluation/store/sql/sqliteDialect'
import { evaluationTables } from '../../src/evaluation/store/sql/sqlTables'
import { writeSubmissions } from '../../src/evaluation/store/sql/submissionStatements'
import { updateCells } from '../../src/evaluation/store/updateCells'

type SketchName = keyof CellRecord['sketches']
const sketchNames: SketchName[] = ['cta', 'engaged', 'reached']

const respondentKey = (row: Pick<SubmissionRecord, 'campaign' | 'respondent'>) =>
  `${row.campaign}\u0000${row.respondent}`

/** The store's tallies and submissions of everything added, held in memory. */
export const createTallySeeder = (rules: QualityRules = qualityRulesOf(readEnvironment())) => {
  /**
   * The tallies of every cell, with no sketches: updateCells clones each cell it touches, and
   * decoding, sorting and re-encoding a 1,536-hash sketch per cell per step was what made seeding
   * grow faster than the events (1,533 s for 1,000,000).
   */
  const cells = new Map<string, CellRecord>()
  /**
   * The sketches, live, by cell key and name. updateCells, given a cell without sketches, answers
   * the sketch of the step's respondents alone; merged into these it gives the same state as
   * adding them to the stored sketch (a sketch's state depends only on its set of respondents).
   */
  const sketches = new Map<string, DistinctSketch>()
  const sketchKey = (cell: string, name: SketchName) => `${cell}\u0000${name}`
  /** Per respondent, their counted submission of each phase. */
  const submissions = new Map<string, Map<string, SubmissionRecord>>()
  /** Per sender, campaign and burst-window-wide time bucket, the submissions taken then. */
  const buckets = new Map<string, Set<SubmissionRecord>>()
  const bucketMs = rules.burstSeconds * 1000
  const bucketKey = (row: { campaign: string; sender: string }, at: number) =>
    `${row.sender}\u0000${row.campaign}\u0000${Math.floor(at / bucketMs)}`

  /** What the SQL store's readSubmissionsNear answers for a batch's windows. */
  const near = (events: StoredEvent[]) => {
    const found = new Set<SubmissionRecord>()
    for (const window of burstWindows(events, rules)) {
      const from = Date.parse(window.from)
      const to = Date.parse(window.to)
      for (let at = from - (from % bucketMs); at <= to; at += bucketMs) {
        for (const row of buckets.get(bucketKey(window, at)) ?? []) {
          if (row.occurredAt >= window.from && row.occurredAt <= window.to) found.add(row)
        }
      }
    }
    return [...found]
  }

  const store = (row: SubmissionRecord) => {
    const phases = submissions.get(respondentKey(row)) ?? new Map<string, SubmissionRecord>()
    const old = phases.get(row.phase)
    if (old) buckets.get(bucketKey(old, Date.parse(old.occurredAt)))?.delete(old)
    phases.set(row.phase, row)
    submissions.set(respondentKey(row), phases)
    const key = bucketKey(row, Date.parse(row.occurredAt))
    const bucket = buckets.get(key) ?? new Set<SubmissionRecord>()
    buckets.set(key, bucket.add(row))
  }

  return {
    /** Adds checked events (each once), as one append of any size would. */
    add(events: StoredEvent[]): void {
      const scored = events.filter(
        (event) => event.consent && event.respondent !== null && event.submission !== null,
      )
      let plan = null
      if (scored.length > 0) {
        const recent = rules.enabled.has('burst') ? near(scored) : []
        const keys = new Set([
          ...scored.map((event) => respondentKey({ ...event, respondent: event.respondent! })),
          ...recent.map(respondentKey),
        ])
        const stored = [...keys].flatMap((key) => [...(submissions.get(key)?.values() ?? [])])
        plan = planAppend({ accepted: events, recent, rules, stored })
        for (const row of plan.rows) store(row)
      }
      const updated = updateCells(cells, {
        added: plan?.added ?? [],
        events,
        heldEvents: plan?.heldEvents ?? new Set(),
        removed: plan?.removed ?? [],
        retakes: plan?.retakes ?? [],
      })
      for (const [key, cell] of updated) {
        for (const name of sketchNames) {
          const step = cell.sketches[name]
          if (step === null) continue
          let sketch = sketches.get(sketchKey(key, name))
          if (!sketch) sketches.set(sketchKey(key, name), (sketch = new DistinctSketch()))
          sketch.mergeBytes(base64ToBytes(step))
          cell.sketches[name] = null
        }
        cells.set(key, cell)
      }
    },
    cells: (): CellRecord[] =>
      [...cells].map(([key, cell]) => ({
        ...cell,
        sketches: {
          cta: sketches.get(sketchKey(key, 'cta'))?.toBase64() ?? null,
          engaged: sketches.get(sketchKey(key, 'engaged'))?.toBase64() ?? null,
          reached: sketches.get(sketchKey(key, 'reached'))?.toBase64() ?? null,
        },
      })),
    submissions: (): SubmissionRecord[] =>
      [...submissions.values()].flatMap((phases) => [...phases.values()]),
  }
}

export type TallySeeder = ReturnType<typeof createTallySeeder>

/** Rows a transaction writes: large, but each a few seconds at most on SQLite. */
const ROWS_PER_TRANSACTION = 20_000

const inTransactions = async <T>(
  dialect: SqlDialect,
  rows: T[],
  write: (
    runner: Parameters<Parameters<SqlDialect['inTransaction']>[1]>[0],
    slice: T[],
  ) => Promise<void>,
) => {
  for (let start = 0; start < rows.length; start += ROWS_PER_TRANSACTION) {
    const slice = rows.slice(start, start + ROWS_PER_TRANSACTION)
    await dialect.inTransaction([], (runner) => write(runner, slice))
  }
}

/**
 * Writes what the seeder holds into an empty store (no rows of the same campaigns yet: rows of
 * the same cell or respondent are replaced, not added to).
 */
export const writeSeededTallies = async (payload: Payload, seeder: TallySeeder): Promise<void> => {
  const cells = seeder.cells()
  const submissions = seeder.submissions()
  if (payload.db.name === 'mongoose') {
    const collections = mongoStoreCollections(payload.db as unknown as MongooseAdapter)
    for (let start = 0; start < cells.length; start += ROWS_PER_TRANSACTION) {
      const slice = cells.slice(start, start + ROWS_PER_TRANSACTION)
      await collections.cells.insertMany(slice.map((cell) => cellToDocument(cell, 'seed')))
    }
    for (let start = 0; start < submissions.length; start += ROWS_PER_TRANSACTION) {
      const slice = submissions.slice(start, start + ROWS_PER_TRANSACTION)
      await collections.submissions.insertMany(slice.map(submissionToDocument))
    }
    return
  }
  const adapter = payload.db as unknown as PostgresAdapter | SQLiteAdapter
  const dialect =
    payload.db.name === 'postgres'
      ? postgresDialect(adapter as PostgresAdapter)
      : sqliteDialect(adapter as SQLiteAdapter)
  const tables = evaluationTables(adapter.tables)
  await inTransactions(dialect, cells, (runner, slice) => writeCells(runner, tables, slice))
  await inTransactions(dialect, submissions, (runner, slice) =>
    writeSubmissions(runner, tables.submissions, slice),
  )
}
