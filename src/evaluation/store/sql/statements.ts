import type { TableNames } from './sqlTables'

import { quoteIdentifier } from './sqlTables'

/**
 * SQL text is built once per shape and cached: building it per batch (as a query builder does)
 * cost more than running it. Values always travel as parameters, never in the text.
 */
const texts = new Map<string, string>()

/**
 * Rows per statement. Statements take at most this many rows, so there are at most this many
 * shapes of each (and as many prepared statements per PostgreSQL connection), however large a
 * group commit grows; a 50-event batch still takes one statement of each kind.
 */
export const ROWS_PER_STATEMENT = 50

/** Runs `run` on consecutive slices of at most ROWS_PER_STATEMENT items, one after another. */
export const inSlices = async <T, R>(
  items: T[],
  run: (slice: T[]) => Promise<R[]>,
): Promise<R[]> => {
  const results: R[] = []
  for (let start = 0; start < items.length; start += ROWS_PER_STATEMENT) {
    results.push(...(await run(items.slice(start, start + ROWS_PER_STATEMENT))))
  }
  return results
}

export const cachedText = (key: string, build: () => string): string => {
  let text = texts.get(key)
  if (text === undefined) {
    text = build()
    texts.set(key, text)
  }
  return text
}

/** `(a, b, c)`: the column list of an INSERT, in the table's field order. */
export const columnList = <Field extends string>(names: TableNames<Field>): string =>
  `(${names.fields.map((field) => names.columns[field]).join(', ')})`

/** `VALUES (?, ?), (?, ?)` for `rows` rows of the table's fields. */
export const valuesPlaceholders = <Field extends string>(
  names: TableNames<Field>,
  rows: number,
): string => {
  const tuple = `(${names.fields.map(() => '?').join(', ')})`
  return `VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}`
}

/** The parameters of a multi-row INSERT, row by row in field order. */
export const valuesParams = <Field extends string>(
  names: TableNames<Field>,
  rows: Record<Field, unknown>[],
): unknown[] => rows.flatMap((row) => names.fields.map((field) => row[field]))

/** `col AS "field", …`: rows come back keyed by field name whatever the column is called. */
export const selectColumns = <Field extends string>(
  names: TableNames<Field>,
  fields: readonly Field[] = names.fields,
): string =>
  fields.map((field) => `${names.columns[field]} AS ${quoteIdentifier(field)}`).join(', ')

/** `?, ?, ?` for an IN list. */
export const placeholders = (count: number): string => Array(count).fill('?').join(', ')
