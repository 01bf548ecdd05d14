import { snapToWeeks } from '../../reports/disclosure/weeks'

/** What the evaluator narrows a report to; empty strings mean "all". */
export type ReportFilters = {
  audience: string
  campaign: string
  channel: string
  /** A second period beside from–to; both empty for none. */
  compareFrom: string
  compareTo: string
  from: string
  /** What each point of the reach series spans. */
  interval: 'day' | 'week'
  locale: string
  partner: string
  /** 'all' counts flagged and excluded submissions too. */
  quality: '' | 'all'
  to: string
}

export const REPORTS_API = '/api/reports/campaigns'

/** The report endpoint's URL for these filters, in JSON or as a CSV or XLSX download. */
export const reportUrl = (
  filters: ReportFilters,
  format: 'csv' | 'json' | 'xlsx' = 'json',
): string => {
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
  // The workbook is of one period; JSON and CSV carry the comparison.
  const compared = [filters.from, filters.to, filters.compareFrom, filters.compareTo]
  if (format !== 'xlsx' && compared.every((day) => day !== '')) {
    query.set('compareFrom', filters.compareFrom)
    query.set('compareTo', filters.compareTo)
  }
  if (format === 'json') query.set('interval', filters.interval)
  else query.set('format', format)
  const search = query.toString()
  return `${REPORTS_API}/${encodeURIComponent(filters.campaign)}${search ? `?${search}` : ''}`
}

const summaryFilterNames = [
  'audience',
  'channel',
  'locale',
  'partner',
  'from',
  'to',
  'quality',
] as const

/** The donor summary of the report these filters ask for: a printable page, or its PDF. */
export const summaryUrl = (filters: ReportFilters, format: 'html' | 'pdf' = 'html'): string => {
  const query = new URLSearchParams()
  for (const name of summaryFilterNames) {
    if (filters[name] !== '') query.set(name, filters[name])
  }
  if (format === 'pdf') query.set('format', 'pdf')
  const search = query.toString()
  return `${REPORTS_API}/${encodeURIComponent(filters.campaign)}/summary${search ? `?${search}` : ''}`
}

/** Every filter the view can be reopened with, in the order its address shows them. */
export const filterNames = [
  'campaign',
  'audience',
  'channel',
  'locale',
  'partner',
  'from',
  'to',
  'compareFrom',
  'compareTo',
  'quality',
  'interval',
] as const

/** The view's own address for these filters, so it can be shared and reopened as it is. */
export const viewSearch = (filters: ReportFilters): string => {
  const query = new URLSearchParams()
  for (const name of filterNames) {
    if (filters[name] !== '' && !(name === 'interval' && filters[name] === 'week')) {
      query.set(name, filters[name])
    }
  }
  return `?${query.toString()}`
}

const DAY_MS = 86_400_000
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10)

/** The last n UTC days up to today, as from and to; n = null is the whole campaign. */
export const presetPeriod = (days: null | number, now = Date.now()) =>
  days === null ? { from: '', to: '' } : { from: dayOf(now - (days - 1) * DAY_MS), to: dayOf(now) }

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS

/**
 * The comparison a preset sets beside from–to, both first widened to whole ISO weeks as the
 * report widens them: the weeks just before (previous), or the same days a year earlier (last
 * year). Empty without a period.
 */
export const comparisonPreset = (
  kind: 'lastYear' | 'previous',
  { from, to }: Pick<ReportFilters, 'from' | 'to'>,
): Pick<ReportFilters, 'compareFrom' | 'compareTo'> => {
  if (from === '' || to === '') return { compareFrom: '', compareTo: '' }
  if (kind === 'lastYear') {
    const yearBefore = (day: string) => {
      const date = new Date(`${day}T00:00:00Z`)
      date.setUTCFullYear(date.getUTCFullYear() - 1)
      return date.toISOString().slice(0, 10)
    }
    return { compareFrom: yearBefore(from), compareTo: yearBefore(to) }
  }
  const weeks = snapToWeeks({ from, to }) as { from: string; to: string }
  const length = dayNumber(weeks.to) - dayNumber(weeks.from) + 1
  return {
    compareFrom: dayOf((dayNumber(weeks.from) - length) * DAY_MS),
    compareTo: dayOf((dayNumber(weeks.from) - 1) * DAY_MS),
  }
}

/** The administrators' de-identified submission export (CSV) or its codebook, by audience. */
export const submissionsUrl = (filters: ReportFilters, file: 'codebook' | 'data'): string => {
  const search = filters.audience ? `?${new URLSearchParams({ audience: filters.audience })}` : ''
  const path = file === 'codebook' ? '/submissions/codebook' : '/submissions'
  return `${REPORTS_API}/${encodeURIComponent(filters.campaign)}${path}${search}`
}
