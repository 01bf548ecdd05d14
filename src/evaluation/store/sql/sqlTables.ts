import { CELLS_SLUG, EVENTS_SLUG, OUTBOX_SLUG, SUBMISSIONS_SLUG } from '../../collections/slugs'

const eventFields = [
  'id',
  'sender',
  'eventId',
  'type',
  'campaign',
  'audience',
  'partner',
  'channel',
  'locale',
  'day',
  'occurredAt',
  'receivedAt',
  'consent',
  'respondent',
  'phase',
  'assessment',
  'revision',
  'score',
  'answers',
] as const

const submissionFields = [
  'campaign',
  'audience',
  'partner',
  'channel',
  'locale',
  'day',
  'respondent',
  'phase',
  'assessment',
  'revision',
  'score',
  'correct',
  'event',
  'sender',
  'receivedAt',
  'occurredAt',
  'status',
  'reasons',
  'choices',
  'timed',
  'reviewedAt',
  'reviewedBy',
] as const

const outboxFields = ['id', 'message', 'queuedAt'] as const

const cellFields = [
  'cellKey',
  'campaign',
  'audience',
  'partner',
  'channel',
  'locale',
  'day',
  'inclusion',
  'impressions',
  'engagements',
  'ctas',
  'shares',
  'assessments',
  'reachedSketch',
  'engagedSketch',
  'ctaSketch',
  'scores',
  'pairs',
  'quality',
] as const

export type TableNames<Field extends string> = {
  /** Quoted column names by field name. */
  columns: Record<Field, string>
  /** Field names in a fixed order, for INSERT column lists. */
  fields: readonly Field[]
  /** The quoted table name. */
  table: string
}

export type EvaluationTables = {
  cells: TableNames<(typeof cellFields)[number]>
  events: TableNames<(typeof eventFields)[number]>
  outbox: TableNames<(typeof outboxFields)[number]>
  submissions: TableNames<(typeof submissionFields)[number]>
}

type DrizzleColumnLike = { name?: unknown }

/** Both SQLite and PostgreSQL quote identifiers with double quotes. */
export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`

const tableNameOf = (slug: string) => slug.replaceAll('-', '_')

/**
 * Table and column names as Payload's schema built them (payload.db.tables), checked at start-up
 * so a renamed field fails loudly here rather than as an SQL error on the hot path.
 */
export const tableNames = <Field extends string>(
  tables: Record<string, unknown>,
  slug: string,
  fields: readonly Field[],
): TableNames<Field> => {
  const name = tableNameOf(slug)
  const table = tables[name] as Record<string, DrizzleColumnLike> | undefined
  if (!table) throw new Error(`The database schema has no table "${name}" for ${slug}.`)
  const columns = {} as Record<Field, string>
  for (const field of fields) {
    const column = table[field]?.name
    if (typeof column !== 'string') {
      throw new Error(`The table "${name}" has no column for the field "${field}".`)
    }
    columns[field] = quoteIdentifier(column)
  }
  return { columns, fields, table: quoteIdentifier(name) }
}

export const evaluationTables = (tables: Record<string, unknown>): EvaluationTables => ({
  cells: tableNames(tables, CELLS_SLUG, cellFields),
  events: tableNames(tables, EVENTS_SLUG, eventFields),
  outbox: tableNames(tables, OUTBOX_SLUG, outboxFields),
  submissions: tableNames(tables, SUBMISSIONS_SLUG, submissionFields),
})
