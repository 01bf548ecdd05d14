import { sql } from 'drizzle-orm'

import type { EventStore } from '../eventStore'
import type { SqlDialect } from './sqlDialect'
import type { EvaluationTables } from './sqlTables'

import { appendInSql } from './appendInSql'
import { cellFilter } from './cellFilter'
import { rowToCell } from './cellRows'
import { readNumber } from './decodeValues'
import { rowToSubmission, submissionRecordFields } from './eventRows'
import { selectColumns } from './selectColumns'

/** Small enough that a purge never holds SQLite's write lock for long. */
const PURGE_CHUNK = 5000

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

/** The EventStore over Payload's SQL adapters: one implementation for SQLite and PostgreSQL. */
export const createSqlEventStore = (dialect: SqlDialect, tables: EvaluationTables): EventStore => ({
  append: (events) => appendInSql(dialect, tables, events),

  countEvents: async (campaign) => {
    const { events } = tables
    const where =
      campaign === undefined ? sql`` : sql`WHERE ${events.columns.campaign} = ${campaign}`
    const [row] = await dialect.all(
      sql`SELECT count(*) AS ${sql.identifier('n')} FROM ${events.table} ${where}`,
    )
    return readNumber(row?.n)
  },

  purgeEventsReceivedBefore: async (cutoff) => {
    const { events } = tables
    let purged = 0
    for (;;) {
      const deleted = await dialect.inTransaction([], (db) =>
        db.run(
          sql`DELETE FROM ${events.table} WHERE ${events.columns.id} IN (
                SELECT ${events.columns.id} FROM ${events.table}
                WHERE ${events.columns.receivedAt} < ${cutoff.toISOString()}
                LIMIT ${PURGE_CHUNK})`,
        ),
      )
      purged += deleted
      if (deleted < PURGE_CHUNK) return purged
      await nextTurn()
    }
  },

  readCells: async (query) => {
    const { cells } = tables
    const rows = await dialect.all(
      sql`SELECT ${selectColumns(cells)} FROM ${cells.table} WHERE ${cellFilter(cells, query)}`,
    )
    return rows.map(rowToCell)
  },

  readSubmissions: async (query) => {
    const { submissions } = tables
    const rows = await dialect.all(
      sql`SELECT ${selectColumns(submissions, submissionRecordFields)} FROM ${submissions.table}
          WHERE ${cellFilter(submissions, query)}`,
    )
    return rows.map(rowToSubmission)
  },
})
