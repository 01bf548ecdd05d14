import type { EventStore } from '../eventStore'
import type { SqlDialect } from './sqlDialect'
import type { EvaluationTables } from './sqlTables'

import { MAX_EVENTS_PER_BATCH } from '../../events/wireEvent'
import { groupCommit } from '../groupCommit'
import { appendInSql } from './appendInSql'
import { cellFilter } from './cellFilter'
import { rowToCell } from './cellRows'
import { readNumber } from './decodeValues'
import { rowToSubmission, submissionRecordFields } from './eventRows'
import { selectColumns } from './statements'

/** Small enough that a purge never holds SQLite's write lock for long. */
const PURGE_CHUNK = 5000

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

/** Keeps one group commit's transaction, and the write lock it holds, short. */
const MAX_GROUP_EVENTS = 1000

/** The EventStore over Payload's SQL adapters: one implementation for SQLite and PostgreSQL. */
export const createSqlEventStore = (dialect: SqlDialect, tables: EvaluationTables): EventStore => {
  const appendGrouped = groupCommit(
    (events) => appendInSql(dialect, tables, events),
    MAX_GROUP_EVENTS,
  )
  return {
    append: async (events) => {
      if (events.length > MAX_EVENTS_PER_BATCH) {
        throw new RangeError(`append takes at most ${MAX_EVENTS_PER_BATCH} events at a time`)
      }
      return appendGrouped(events)
    },

    countEvents: async (campaign) => {
      const { events } = tables
      const [row] =
        campaign === undefined
          ? await dialect.all(`SELECT count(*) AS "n" FROM ${events.table}`)
          : await dialect.all(
              `SELECT count(*) AS "n" FROM ${events.table} WHERE ${events.columns.campaign} = ?`,
              [campaign],
            )
      return readNumber(row?.n)
    },

    purgeEventsReceivedBefore: async (cutoff) => {
      const { columns, table } = tables.events
      const text = `DELETE FROM ${table} WHERE ${columns.id} IN (
                    SELECT ${columns.id} FROM ${table} WHERE ${columns.receivedAt} < ? LIMIT ?)`
      let purged = 0
      for (;;) {
        const deleted = await dialect.inTransaction([], (db) =>
          db.run(text, [cutoff.toISOString(), PURGE_CHUNK]),
        )
        purged += deleted
        if (deleted < PURGE_CHUNK) return purged
        await nextTurn()
      }
    },

    readCells: async (query) => {
      const { cells } = tables
      const where = cellFilter(cells, query)
      const fields = cells.fields.filter((field) => field !== 'cellKey')
      const rows = await dialect.all(
        `SELECT ${selectColumns(cells, fields)} FROM ${cells.table} WHERE ${where.text}`,
        where.params,
      )
      return rows.map(rowToCell)
    },

    readSubmissions: async (query) => {
      const { submissions } = tables
      const where = cellFilter(submissions, query)
      const rows = await dialect.all(
        `SELECT ${selectColumns(submissions, submissionRecordFields)} FROM ${submissions.table}
       WHERE ${where.text}`,
        where.params,
      )
      return rows.map(rowToSubmission)
    },

    recover: async () => undefined,
  }
}
