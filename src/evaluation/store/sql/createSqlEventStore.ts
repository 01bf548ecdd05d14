import type { QualityRules } from '../../quality/qualityRules'
import type { EventStore } from '../eventStore'
import type { SqlDialect } from './sqlDialect'
import type { EvaluationTables } from './sqlTables'

import { MAX_EVENTS_PER_BATCH } from '../../events/wireEvent'
import { groupCommit } from '../groupCommit'
import { planReview } from '../planSubmissions'
import { appendInSql, applyInSql } from './appendInSql'
import { cellFilter } from './cellFilter'
import { rowToCell } from './cellRows'
import { readNumber } from './decodeValues'
import { rowToSubmission } from './eventRows'
import { selectColumns } from './statements'
import {
  readSubmissionsByEvent,
  readSubmissionsOf,
  submissionColumns,
} from './submissionStatements'

/** Small enough that a purge never holds SQLite's write lock for long. */
const PURGE_CHUNK = 5000

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

/** Keeps one group commit's transaction, and the write lock it holds, short. */
const MAX_GROUP_EVENTS = 1000

/** The EventStore over Payload's SQL adapters: one implementation for SQLite and PostgreSQL. */
export const createSqlEventStore = (
  dialect: SqlDialect,
  tables: EvaluationTables,
  rules: QualityRules,
): EventStore => {
  const appendGrouped = groupCommit(
    (events) => appendInSql(dialect, tables, rules, events),
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

    countSubmissions: async (query) => {
      const { submissions } = tables
      const where = cellFilter(submissions, query)
      const [row] = await dialect.all(
        `SELECT count(*) AS "n" FROM ${submissions.table} WHERE ${where.text}`,
        where.params,
      )
      return readNumber(row?.n)
    },

    readSubmissions: async (query) => {
      const { submissions } = tables
      const where = cellFilter(submissions, query)
      const page =
        query.limit === undefined
          ? ''
          : ` LIMIT ${Math.floor(query.limit)} OFFSET ${Math.floor(query.offset ?? 0)}`
      const rows = await dialect.all(
        `SELECT ${submissionColumns(submissions)} FROM ${submissions.table} WHERE ${where.text}
         ORDER BY ${submissions.columns.occurredAt} DESC, ${submissions.columns.event} DESC${page}`,
        where.params,
      )
      return rows.map(rowToSubmission)
    },

    recover: async () => undefined,

    review: async ({ decisions, reviewedAt, reviewer }) => {
      if (decisions.size === 0) return []
      const named = await readSubmissionsByEvent(dialect, tables.submissions, [...decisions.keys()])
      const campaigns = named.map((row) => row.campaign)
      return dialect.inTransaction(campaigns, async (db) => {
        // Read again under the campaigns' locks: the rows and their respondents' other phases.
        const current = await readSubmissionsByEvent(db, tables.submissions, [...decisions.keys()])
        const stored = await readSubmissionsOf(db, tables.submissions, current)
        const plan = planReview({
          decisions,
          reviewedAt: reviewedAt.toISOString(),
          reviewer,
          stored,
        })
        await applyInSql(db, tables, [], plan)
        return plan.rows
      })
    },
  }
}
