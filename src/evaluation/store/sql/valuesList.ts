import type { SQL } from 'drizzle-orm'

import { sql } from 'drizzle-orm'

import type { TableNames } from './sqlTables'

/** `(a, b, c)`: the column list of an INSERT, in the table's field order. */
export const columnList = <Field extends string>(names: TableNames<Field>): SQL =>
  sql`(${sql.join(
    names.fields.map((field) => names.columns[field]),
    sql`, `,
  )})`

/** `VALUES (…), (…)`: one parenthesised tuple per row, values bound as parameters. */
export const valuesList = <Field extends string>(
  names: TableNames<Field>,
  rows: Record<Field, unknown>[],
): SQL =>
  sql`VALUES ${sql.join(
    rows.map(
      (row) =>
        sql`(${sql.join(
          names.fields.map((field) => sql`${row[field]}`),
          sql`, `,
        )})`,
    ),
    sql`, `,
  )}`
