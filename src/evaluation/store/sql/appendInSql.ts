import type { QualityRules } from '../../quality/qualityRules'
import type { CellRecord } from '../cellRecord'
import type { SubmissionPlan } from '../planSubmissions'
import type { StoredEvent, SubmissionRecord } from '../records'
import type { CellChanges } from '../updateCells'
import type { SqlDialect, SqlRunner } from './sqlDialect'
import type { EvaluationTables } from './sqlTables'

import { burstWindows } from '../burstWindows'
import { eventKeyOf } from '../eventKey'
import { planAppend } from '../planSubmissions'
import { cellKeysTouched, updateCells } from '../updateCells'
import { cellToRow, rowToCell } from './cellRows'
import { readText } from './decodeValues'
import { eventToRow, outboxRow } from './eventRows'
import {
  cachedText,
  columnList,
  inSlices,
  placeholders,
  selectColumns,
  valuesParams,
  valuesPlaceholders,
} from './statements'
import { readSubmissionsNear, readSubmissionsOf, writeSubmissions } from './submissionStatements'

/** The first event of each key; later copies in the same transaction are duplicates. */
const splitRepeats = (events: StoredEvent[]) => {
  const seen = new Set<string>()
  const first: StoredEvent[] = []
  for (const event of events) {
    const key = eventKeyOf(event)
    if (!seen.has(key)) {
      seen.add(key)
      first.push(event)
    }
  }
  return { first }
}

const insertEvents = async (db: SqlRunner, { events }: EvaluationTables, batch: StoredEvent[]) => {
  // Sorted, so two PostgreSQL transactions inserting overlapping keys wait in one order.
  const rows = batch.map(eventToRow).sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1))
  const inserted = await inSlices(rows, (slice) => {
    const text = cachedText(
      `insert-events-${slice.length}`,
      () =>
        `INSERT INTO ${events.table} ${columnList(events)} ${valuesPlaceholders(events, slice.length)}
         ON CONFLICT (${events.columns.id}) DO NOTHING RETURNING ${events.columns.id} AS "id"`,
    )
    return db.all(text, valuesParams(events, slice))
  })
  return new Set(inserted.map((row) => readText(row.id)))
}

/** Queues the new events that forwarding is to send (the outbox, see ../../forwarding). */
const insertOutbox = async (
  db: SqlRunner,
  { outbox }: EvaluationTables,
  accepted: StoredEvent[],
) => {
  const rows = accepted.flatMap((event) =>
    event.forward ? [outboxRow({ ...event, forward: event.forward })] : [],
  )
  await inSlices(rows, async (slice) => {
    const text = cachedText(
      `insert-outbox-${slice.length}`,
      () =>
        `INSERT INTO ${outbox.table} ${columnList(outbox)} ${valuesPlaceholders(outbox, slice.length)}
         ON CONFLICT (${outbox.columns.id}) DO NOTHING`,
    )
    await db.run(text, valuesParams(outbox, slice))
    return []
  })
}

/**
 * Reads what planning a batch's submissions needs: the stored submissions of the batch's senders
 * near its times (bursts span batches), then every stored submission of the respondents of both.
 */
const planSubmissionsInSql = async (
  db: SqlRunner,
  { submissions }: EvaluationTables,
  rules: QualityRules,
  accepted: StoredEvent[],
) => {
  const scored = accepted.filter(
    (event) => event.consent && event.respondent !== null && event.submission !== null,
  )
  if (scored.length === 0) return null
  const recent: SubmissionRecord[] = []
  if (rules.enabled.has('burst')) {
    for (const window of burstWindows(scored, rules)) {
      recent.push(...(await readSubmissionsNear(db, submissions, window)))
    }
  }
  const respondents = [
    ...scored.map((event) => ({ campaign: event.campaign, respondent: event.respondent! })),
    ...recent,
  ]
  const stored = await readSubmissionsOf(db, submissions, respondents)
  return planAppend({ accepted, recent, rules, stored })
}

const readCellsByKey = async (
  db: SqlRunner,
  { cells }: EvaluationTables,
  keys: string[],
): Promise<Map<string, CellRecord>> => {
  const rows = await inSlices(keys, (slice) => {
    const text = cachedText(
      `select-cells-${slice.length}`,
      () =>
        `SELECT ${selectColumns(cells)} FROM ${cells.table}
         WHERE ${cells.columns.cellKey} IN (${placeholders(slice.length)})`,
    )
    return db.all(text, slice)
  })
  return new Map(rows.map((row) => [readText(row.cellKey), rowToCell(row)]))
}

/** Writes whole tally rows, inserting new ones and replacing those of the same cell key. */
export const writeCells = async (
  db: SqlRunner,
  { cells }: EvaluationTables,
  updated: CellRecord[],
): Promise<void> => {
  const { columns } = cells
  const assignments = cells.fields
    .filter((field) => field !== 'cellKey')
    .map((field) => `${columns[field]} = excluded.${columns[field]}`)
    .join(', ')
  await inSlices(updated.map(cellToRow), async (slice) => {
    const text = cachedText(
      `upsert-cells-${slice.length}`,
      () =>
        `INSERT INTO ${cells.table} ${columnList(cells)} ${valuesPlaceholders(cells, slice.length)}
         ON CONFLICT (${columns.cellKey}) DO UPDATE SET ${assignments}`,
    )
    await db.run(text, valuesParams(cells, slice))
    return []
  })
}

/** Writes a plan's submission rows and every tally it, and the events, touch. */
export const applyInSql = async (
  db: SqlRunner,
  tables: EvaluationTables,
  events: StoredEvent[],
  plan: null | SubmissionPlan,
): Promise<void> => {
  if (plan && plan.rows.length > 0) await writeSubmissions(db, tables.submissions, plan.rows)
  const changes: CellChanges = {
    added: plan?.added ?? [],
    events,
    heldEvents: plan?.heldEvents ?? new Set(),
    removed: plan?.removed ?? [],
    retakes: plan?.retakes ?? [],
  }
  const keys = cellKeysTouched(changes)
  if (keys.length > 0) {
    const existing = await readCellsByKey(db, tables, keys)
    await writeCells(db, tables, [...updateCells(existing, changes).values()])
  }
}

/**
 * Events in one transaction, with their place in the forwarding outbox: the events
 * (idempotent on sender and id), the submissions that count with their review status
 * (planSubmissions.ts: earliest of a phase, quality flags), the
 * pairs they complete and every tally they touch. Rows already stored are left alone, so a retry
 * after a crash or a lost response changes nothing. Answers the keys (eventKeyOf) it stored.
 */
export const appendInSql = async (
  dialect: SqlDialect,
  tables: EvaluationTables,
  rules: QualityRules,
  events: StoredEvent[],
): Promise<Set<string>> => {
  const { first } = splitRepeats(events)
  if (first.length === 0) return new Set()
  const campaigns = first.map((event) => event.campaign)
  return dialect.inTransaction(campaigns, async (db) => {
    const inserted = await insertEvents(db, tables, first)
    const accepted = first.filter((event) => inserted.has(eventKeyOf(event)))
    await insertOutbox(db, tables, accepted)
    const plan = await planSubmissionsInSql(db, tables, rules, accepted)
    await applyInSql(db, tables, accepted, plan)
    return inserted
  })
}
