import type { SQL } from 'drizzle-orm'

import { sql } from 'drizzle-orm'

import type { TableNames } from './sqlTables'

/** `col AS "field", …`: rows come back keyed by field name whatever the column is called. */
export const selectColumns = <Field extends string>(
  names: TableNames<Field>,
  fields: readonly Field[] = names.fields,
): SQL =>
  sql.join(
    fields.map((field) => sql`${names.columns[field]} AS ${sql.identifier(field)}`),
    sql`, `,
  )
