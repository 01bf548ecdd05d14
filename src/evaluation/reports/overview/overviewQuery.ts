import type { Environment } from '../../../environment'

import { MIN_REPORT_K } from '../../../environment'

export const DEFAULT_OVERVIEW_LIMIT = 10
export const MAX_OVERVIEW_LIMIT = 50

/** A page of the overview: which campaigns, and the reader's k (never below the deployment's). */
export type OverviewRequest = { k: number; limit: number; page: number }

const known = ['k', 'limit', 'page']

const WHOLE = /^\d+$/

/** Checks the query string of GET /api/reports/overview; every problem is worded. */
export const parseOverviewQuery = (
  query: Record<string, unknown>,
  environment: Pick<Environment, 'reportMinRespondents'>,
): { errors: string[] } | { request: OverviewRequest } => {
  const errors: string[] = []
  const text: Record<string, string> = {}
  for (const [name, value] of Object.entries(query)) {
    if (!known.includes(name)) {
      errors.push(
        `"${name}" is not an overview parameter; use ${known.join(', ')} (filters belong to one campaign's report).`,
      )
    } else if (typeof value !== 'string') errors.push(`Give "${name}" once, as a single value.`)
    else text[name] = value
  }
  const whole = (name: string, fallback: number, min: number, max: number, why: string) => {
    const value = text[name]
    if (value === undefined) return fallback
    const number = Number(value)
    if (!WHOLE.test(value) || number < min || number > max) {
      errors.push(`"${name}" must be a whole number ${why}, not "${value.slice(0, 60)}".`)
    }
    return number
  }
  const page = whole('page', 1, 1, Number.MAX_SAFE_INTEGER, 'from 1')
  const limit = whole(
    'limit',
    DEFAULT_OVERVIEW_LIMIT,
    1,
    MAX_OVERVIEW_LIMIT,
    `from 1 to ${MAX_OVERVIEW_LIMIT}`,
  )
  const minimum = Math.max(MIN_REPORT_K, environment.reportMinRespondents)
  const k = whole(
    'k',
    environment.reportMinRespondents,
    minimum,
    Number.MAX_SAFE_INTEGER,
    `of at least ${minimum} (a reader may raise k, never lower it: smaller cells would identify respondents)`,
  )
  return errors.length > 0 ? { errors } : { request: { k, limit, page } }
}
