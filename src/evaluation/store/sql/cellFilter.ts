import type { CellQuery } from '../eventStore'

type Filterable = 'audience' | 'campaign' | 'channel' | 'day' | 'locale' | 'partner'

/** The WHERE clause of a report's filters; (campaign, day) is indexed on the tallies. */
export const cellFilter = (
  { columns }: { columns: Record<Filterable, string> },
  query: CellQuery,
): { params: unknown[]; text: string } => {
  const conditions = [`${columns.campaign} = ?`]
  const params: unknown[] = [query.campaign]
  const add = (condition: string, value: string | undefined) => {
    if (value === undefined) return
    conditions.push(condition)
    params.push(value)
  }
  add(`${columns.audience} = ?`, query.audience)
  add(`${columns.channel} = ?`, query.channel)
  add(`${columns.locale} = ?`, query.locale)
  add(`${columns.partner} = ?`, query.partner)
  add(`${columns.day} >= ?`, query.from)
  add(`${columns.day} <= ?`, query.to)
  return { params, text: conditions.join(' AND ') }
}
