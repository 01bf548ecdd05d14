import type { CellQuery } from '../eventStore'

type Filterable = 'audience' | 'campaign' | 'channel' | 'day' | 'locale' | 'partner'

/** `?, ?` and the values of an optional IN filter. */
const inList = (values: readonly string[]) => values.map(() => '?').join(', ')

/** The WHERE clause of a report's filters; (campaign, day) is indexed on the tallies. */
export const cellFilter = (
  { columns }: { columns: Record<Filterable, string> & { status?: string } },
  query: CellQuery & { statuses?: readonly string[] },
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
  if (query.statuses && query.statuses.length > 0 && columns.status) {
    conditions.push(`${columns.status} IN (${inList(query.statuses)})`)
    params.push(...query.statuses)
  }
  return { params, text: conditions.join(' AND ') }
}
