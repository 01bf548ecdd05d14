import type { Environment } from '../../environment'
import type { CellQuery } from '../store/eventStore'

import { isChannel } from '../../domain/channels'
import { isLocaleCode } from '../../domain/locales'
import { KEY_PATTERN } from '../events/eventSchema'
import type { SeriesInterval } from './figureTypes'

import type { ComparisonPeriod } from './comparison/comparisonQuery'

import { seriesIntervals } from './buildSeries'
import { checkComparison } from './comparison/comparisonQuery'
import { snapToWeeks } from './disclosure/weeks'

export const reportFormats = ['json', 'csv', 'xlsx', 'iati'] as const

export type ReportFormat = (typeof reportFormats)[number]

/** A report request once its query string is checked; audience is still a slug here. */
export type ReportRequest = {
  /** A second period, whole weeks, reported beside the first (?compareFrom=&compareTo=). */
  compare?: ComparisonPeriod
  filters: Omit<CellQuery, 'audience' | 'campaign'> & { audience?: string }
  format: ReportFormat
  /** Adds a series of reach per day or ISO week. */
  interval?: SeriesInterval
  k: number
  quality: 'all' | 'default'
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

const isCalendarDay = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`)
  return DAY.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/** A partner id as the databases make them: an integer (SQL) or an ObjectId (MongoDB). */
const PARTNER_ID = /^(?:[1-9]\d{0,15}|[0-9a-f]{24})$/

/** At most 40 characters of what was sent: an error message never carries a payload along. */
export const shown = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)

const single = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined

const known = [
  'audience',
  'channel',
  'compareFrom',
  'compareTo',
  'format',
  'from',
  'interval',
  'k',
  'locale',
  'partner',
  'quality',
  'to',
]

/** Checks the query string of GET /api/reports/campaigns/:idOrSlug; every problem is worded. */
export const parseReportQuery = (
  query: Record<string, unknown>,
  environment: Pick<Environment, 'reportMinRespondents'>,
): { errors: string[] } | { request: ReportRequest } => {
  const errors: string[] = []
  for (const [name, value] of Object.entries(query)) {
    if (!known.includes(name))
      errors.push(`${shown(name)} is not a report filter; use ${known.join(', ')}.`)
    else if (typeof value !== 'string') errors.push(`Give "${name}" once, as a single value.`)
  }
  const formatText = single(query.format) ?? 'json'
  const format = reportFormats.find((name) => name === formatText) ?? 'json'
  if (!reportFormats.some((name) => name === formatText)) {
    errors.push(
      `"format" must be json, csv, xlsx or iati (IATI activity XML 2.03), not ${shown(formatText)}.`,
    )
  }

  const qualityText = single(query.quality) ?? 'default'
  if (qualityText !== 'default' && qualityText !== 'all') {
    errors.push(
      `"quality" must be all (flagged and excluded submissions too) or default, not ${shown(qualityText)}.`,
    )
  }
  const quality = qualityText === 'all' ? 'all' : 'default'
  const intervalText = single(query.interval)
  const interval = seriesIntervals.find((name) => name === intervalText)
  if (intervalText !== undefined && interval === undefined) {
    errors.push(`"interval" must be day or week, not ${shown(intervalText)}.`)
  }
  // A reader may raise k, never lower it below the deployment's.
  let k = environment.reportMinRespondents
  const kText = single(query.k)
  if (kText !== undefined) {
    k = Number(kText)
    if (!/^\d+$/.test(kText) || k < environment.reportMinRespondents) {
      errors.push(
        `"k" must be a whole number of at least ${environment.reportMinRespondents} (this deployment's REPORT_MIN_RESPONDENTS): smaller cells would identify respondents.`,
      )
    }
  }
  const channel = single(query.channel)
  if (channel !== undefined && !isChannel(channel))
    errors.push(`"channel" ${shown(channel)} is not a known channel.`)
  const locale = single(query.locale)
  if (locale !== undefined && !isLocaleCode(locale))
    errors.push(`"locale" ${shown(locale)} is not a known locale.`)
  const from = single(query.from)
  const to = single(query.to)
  const compareFrom = single(query.compareFrom)
  const compareTo = single(query.compareTo)
  for (const [name, value] of [
    ['from', from],
    ['to', to],
    ['compareFrom', compareFrom],
    ['compareTo', compareTo],
  ] as const) {
    if (value !== undefined && !isCalendarDay(value)) {
      errors.push(`"${name}" must be a day written YYYY-MM-DD, not ${shown(value)}.`)
    }
  }
  if (from && to && isCalendarDay(from) && isCalendarDay(to) && from > to) {
    errors.push(`"from" (${from}) is after "to" (${to}).`)
  }
  const days = [from, to, compareFrom, compareTo].filter((day) => day !== undefined)
  const comparison: ReturnType<typeof checkComparison> = days.every(isCalendarDay)
    ? checkComparison({ compareFrom, compareTo, format, from, to })
    : { errors: [] }
  errors.push(...comparison.errors)
  const partnerText = single(query.partner)
  if (partnerText !== undefined && !PARTNER_ID.test(partnerText)) {
    errors.push(
      `"partner" must be a partner's id (Settings → Partners), not ${shown(partnerText)}.`,
    )
  }
  const audienceText = single(query.audience)
  if (audienceText !== undefined && !new RegExp(KEY_PATTERN).test(audienceText)) {
    errors.push(
      `"audience" must be an audience slug such as "tourists", not ${shown(audienceText)}.`,
    )
  }
  const breakdowns = [
    channel !== undefined && 'channel',
    locale !== undefined && 'locale',
    partnerText !== undefined && 'partner',
    (from !== undefined || to !== undefined) && 'a period (from, to)',
  ].filter((name): name is string => name !== false)
  if (breakdowns.length > 1) {
    errors.push(
      `Narrow a report by one of channel, locale, partner or a period at a time, not ${breakdowns.join(' and ')}: combined, they can single out a few respondents (docs/evaluation.md, "Small cells and differencing").`,
    )
  }
  // Only what passed these checks is echoed back (the report's "filters", the CSV's rows).
  if (errors.length > 0) return { errors }
  const filters: ReportRequest['filters'] = {}
  const audience = single(query.audience)
  const partner = single(query.partner)
  // Periods are whole ISO weeks: two periods differ by a week, never by one person's day.
  const period = snapToWeeks({ from, to })
  if (audience !== undefined) filters.audience = audience
  if (channel !== undefined) filters.channel = channel
  if (locale !== undefined) filters.locale = locale
  if (partner !== undefined) filters.partner = partner
  if (period.from !== undefined) filters.from = period.from
  if (period.to !== undefined) filters.to = period.to
  const { compare } = comparison
  return {
    request: {
      filters,
      format,
      k,
      quality,
      ...(interval ? { interval } : {}),
      ...(compare ? { compare } : {}),
    },
  }
}
