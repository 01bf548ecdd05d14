import type { SQL } from 'drizzle-orm'

import { and, sql } from 'drizzle-orm'

import type { CellQuery } from '../eventStore'

type Filterable = 'audience' | 'campaign' | 'channel' | 'day' | 'locale' | 'partner'

/** The WHERE clause of a report's filters; (campaign, day) is indexed on the tallies. */
export const cellFilter = (
  { columns }: { columns: Record<Filterable, SQL> },
  query: CellQuery,
): SQL => {
  const conditions: SQL[] = [sql`${columns.campaign} = ${query.campaign}`]
  if (query.audience !== undefined) conditions.push(sql`${columns.audience} = ${query.audience}`)
  if (query.channel !== undefined) conditions.push(sql`${columns.channel} = ${query.channel}`)
  if (query.locale !== undefined) conditions.push(sql`${columns.locale} = ${query.locale}`)
  if (query.partner !== undefined) conditions.push(sql`${columns.partner} = ${query.partner}`)
  if (query.from !== undefined) conditions.push(sql`${columns.day} >= ${query.from}`)
  if (query.to !== undefined) conditions.push(sql`${columns.day} <= ${query.to}`)
  return and(...conditions) ?? sql`1 = 1`
}
