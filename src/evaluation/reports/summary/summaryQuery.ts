import type { Environment } from '../../../environment'
import type { ReportRequest } from '../reportQuery'

import { parseReportQuery, shown } from '../reportQuery'

export type SummaryFormat = 'html' | 'pdf'

export type SummaryRequest = Omit<ReportRequest, 'format' | 'interval'> & { format: SummaryFormat }

/** The report's filters, and the summary's own format; a summary has no series. */
const summaryParameters = [
  'audience',
  'channel',
  'format',
  'from',
  'k',
  'locale',
  'partner',
  'quality',
  'to',
]

/**
 * Checks the query string of GET /api/reports/campaigns/:idOrSlug/summary: `format` is html or
 * pdf; every other parameter is the report's, checked by the report's own parser (the same rules:
 * one breakdown at a time, whole weeks, k never below the deployment's).
 */
export const parseSummaryQuery = (
  query: Record<string, unknown>,
  environment: Pick<Environment, 'reportMinRespondents'>,
): { errors: string[] } | { request: SummaryRequest } => {
  const errors: string[] = []
  const { format: formatValue, ...filters } = query
  for (const name of Object.keys(filters)) {
    if (!summaryParameters.includes(name)) {
      errors.push(`${shown(name)} is not a summary parameter; use ${summaryParameters.join(', ')}.`)
    }
  }
  let format: SummaryFormat = 'html'
  if (formatValue !== undefined) {
    if (formatValue === 'pdf' || formatValue === 'html') format = formatValue
    else if (typeof formatValue !== 'string') errors.push('Give "format" once, as a single value.')
    else errors.push(`"format" must be html (the default) or pdf, not ${shown(formatValue)}.`)
  }
  const known = Object.fromEntries(
    Object.entries(filters).filter(([name]) => summaryParameters.includes(name)),
  )
  const parsed = parseReportQuery(known, environment)
  if ('errors' in parsed) errors.push(...parsed.errors)
  if (errors.length > 0 || 'errors' in parsed) return { errors }
  const { filters: checked, k, quality } = parsed.request
  return { request: { filters: checked, format, k, quality } }
}
