import type { CellRecord } from '../cellRecord'
import type { StoredEvent, SubmissionRecord } from '../records'
import type { SqlDialect, SqlRunner } from './sqlDialect'
import type { EvaluationTables } from './sqlTables'

import { eventKeyOf } from '../eventKey'
import { pairSubmissions } from '../pairSubmissions'
import { cellKeysTouched, updateCells } from '../updateCells'
import { cellToRow, rowToCell } from './cellRows'
import { readText } from './decodeValues'
import {
  eventToRow,
  outboxRow,
  rowToSubmission,
  submissionRecordFields,
  submissionToRow,
} from './eventRows'
import {
  cachedText,
  columnList,
  inSlices,
  placeholders,
  selectColumns,
  valuesParams,
  valuesPlaceholders,
} from './statements'

type Scored = StoredEvent & {
  respondent: string
  submission: NonNullable<StoredEvent['submission']>
}

const isScored = (event: StoredEvent): event is Scored =>
  event.consent && event.respondent !== null && event.submission !== null

const submissionKey = (campaign: string, respondent: string, phase: string) =>
  `${campaign}|${respondent}|${phase}`

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

/** Stores each respondent's first submission of a phase; answers the ones that counted. */
const insertSubmissions = async (
  db: SqlRunner,
  { submissions }: EvaluationTables,
  accepted: StoredEvent[],
): Promise<SubmissionRecord[]> => {
  const candidates = new Map<string, Scored>()
  for (const event of accepted.filter(isScored)) {
    const key = submissionKey(event.campaign, event.respondent, event.submission.phase)
    if (!candidates.has(key)) candidates.set(key, event)
  }
  if (candidates.size === 0) return []
  const { columns } = submissions
  const rows = [...candidates.values()].map(submissionToRow)
  const inserted = await inSlices(rows, (slice) => {
    const text = cachedText(
      `insert-submissions-${slice.length}`,
      () =>
        `INSERT INTO ${submissions.table} ${columnList(submissions)}
         ${valuesPlaceholders(submissions, slice.length)}
         ON CONFLICT (${columns.campaign}, ${columns.respondent}, ${columns.phase}) DO NOTHING
         RETURNING ${selectColumns(submissions, submissionRecordFields)}`,
    )
    return db.all(text, valuesParams(submissions, slice))
  })
  return inserted.map(rowToSubmission)
}

/** Every stored submission of the respondents that just submitted, this batch's included. */
const readSubmissionsOf = async (
  db: SqlRunner,
  { submissions }: EvaluationTables,
  counted: SubmissionRecord[],
): Promise<SubmissionRecord[]> => {
  const byCampaign = new Map<string, Set<string>>()
  for (const record of counted) {
    const respondents = byCampaign.get(record.campaign) ?? new Set<string>()
    respondents.add(record.respondent)
    byCampaign.set(record.campaign, respondents)
  }
  const { columns } = submissions
  const rows = []
  for (const [campaign, respondents] of byCampaign) {
    rows.push(
      ...(await inSlices([...respondents], (slice) => {
        const text = cachedText(
          `select-submissions-${slice.length}`,
          () =>
            `SELECT ${selectColumns(submissions, submissionRecordFields)} FROM ${submissions.table}
             WHERE ${columns.campaign} = ? AND ${columns.respondent} IN (${placeholders(slice.length)})`,
        )
        return db.all(text, [campaign, ...slice])
      })),
    )
  }
  return rows.map(rowToSubmission)
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

const writeCells = async (
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

/**
 * Events in one transaction (with their place in the forwarding outbox): the events (idempotent on sender and id), the submissions that count, the
 * pairs they complete and every tally they touch. Rows already stored are left alone, so a retry
 * after a crash or a lost response changes nothing. Answers the keys (eventKeyOf) it stored.
 */
export const appendInSql = async (
  dialect: SqlDialect,
  tables: EvaluationTables,
  events: StoredEvent[],
): Promise<Set<string>> => {
  const { first } = splitRepeats(events)
  if (first.length === 0) return new Set()
  const campaigns = first.map((event) => event.campaign)
  return dialect.inTransaction(campaigns, async (db) => {
    const inserted = await insertEvents(db, tables, first)
    const accepted = first.filter((event) => inserted.has(eventKeyOf(event)))
    await insertOutbox(db, tables, accepted)
    const counted = await insertSubmissions(db, tables, accepted)
    const stored = counted.length > 0 ? await readSubmissionsOf(db, tables, counted) : []
    const changes = {
      events: accepted,
      pairs: pairSubmissions(counted, stored),
      submissions: counted,
    }
    const keys = cellKeysTouched(changes)
    if (keys.length > 0) {
      const existing = await readCellsByKey(db, tables, keys)
      await writeCells(db, tables, [...updateCells(existing, changes).values()])
    }
    return inserted
  })
}
