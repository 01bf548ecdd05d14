/** What the evaluator narrows a report to; empty strings mean "all". */
export type ReportFilters = {
  audience: string
  campaign: string
  channel: string
  from: string
  locale: string
  partner: string
  /** 'all' counts flagged and excluded submissions too. */
  quality: '' | 'all'
  to: string
}

export const REPORTS_API = '/api/reports/campaigns'

/** The report endpoint's URL for these filters, in JSON or as a CSV download. */
export const reportUrl = (filters: ReportFilters, format: 'csv' | 'json' = 'json'): string => {
  const query = new URLSearchParams()
  for (const name of [
    'audience',
    'channel',
    'locale',
    'partner',
    'from',
    'to',
    'quality',
  ] as const) {
    if (filters[name] !== '') query.set(name, filters[name])
  }
  if (format === 'csv') query.set('format', 'csv')
  const search = query.toString()
  return `${REPORTS_API}/${encodeURIComponent(filters.campaign)}${search ? `?${search}` : ''}`
}
