import { parse } from 'qs-esm'
import { validOperators } from 'payload/shared'

import { whereSizeProblem } from '../whereLimits'

/** Payload's own reading of a REST query string (utilities/createPayloadRequest.js). */
const readQuery = (search: string): Record<string, unknown> =>
  parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true })

/** Aware has no point fields, so the geospatial operators can only fail. */
const operators = new Set<string>(
  validOperators.filter((operator) => !['intersects', 'near', 'within'].includes(operator)),
)

const WHOLE = /^\d{1,9}$/
const PATH = /^\w+(?:\.\w+)*$/
const EXAMPLE = 'e.g. where[slug][equals]=philippines-pre-departure'

const shown = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
}

const wholeNumberProblem = (name: string, value: unknown, min: number, max: number) => {
  if (value === undefined) return null
  const number = Number(value)
  return typeof value === 'string' && WHOLE.test(value) && number >= min && number <= max
    ? null
    : `"${name}" must be a whole number from ${min} to ${max}, not ${shown(value)}.`
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Payload's own reading of a date operand (drizzle's sanitizeQueryValue): '' and 'null' are none. */
const isDateOperand = (operand: unknown): boolean =>
  typeof operand !== 'string' ||
  operand === '' ||
  operand === 'null' ||
  !Number.isNaN(new Date(operand).getTime())

const LIST_OPERATORS = new Set(['all', 'in', 'not_in'])

/**
 * Payload turns a date operand it cannot read into no value, which SQLite refuses and PostgreSQL
 * silently matches nothing with: the caller's mistake, so it is named here on every database.
 */
const dateProblem = (at: string, operator: string, operand: unknown): null | string => {
  const items =
    LIST_OPERATORS.has(operator) && typeof operand === 'string' ? operand.split(',') : [operand]
  const list = Array.isArray(operand) ? operand : items
  const wrong = list.find((item) => !isDateOperand(item))
  return wrong === undefined
    ? null
    : `"${at}" compares a date with ${shown(wrong)}, which does not fit the field: dates are ` +
        'ISO 8601 (2026-03-01 or 2026-03-01T09:30:00Z).'
}

/** The first thing wrong with a where clause (qs-parsed or JSON), or null. */
const whereProblem = (
  where: unknown,
  at: string,
  dateFields: ReadonlySet<string>,
): null | string => {
  if (!isObject(where)) {
    return `"${at}" must be a set of conditions, ${EXAMPLE}; got ${shown(where)}.`
  }
  for (const [key, value] of Object.entries(where)) {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      const branches = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : null
      if (!branches) return `"${at}[${key}]" must be a list of conditions, not ${shown(value)}.`
      for (const [index, branch] of branches.entries()) {
        const problem = whereProblem(branch, `${at}[${key}][${index}]`, dateFields)
        if (problem) return problem
      }
      continue
    }
    if (!PATH.test(key)) return `"${at}" names the field ${shown(key)}, which is not a field path.`
    if (!isObject(value) || Object.keys(value).length === 0) {
      return `"${at}[${key}]" needs an operator, ${EXAMPLE}; got ${shown(value)}.`
    }
    for (const [operator, operand] of Object.entries(value)) {
      if (!operators.has(operator)) {
        return (
          `"${at}[${key}]" uses the operator ${shown(operator)}; use one of ` +
          `${[...operators].join(', ')}.`
        )
      }
      if (isObject(operand)) {
        return `"${at}[${key}][${operator}]" must be a value or a list, not ${shown(operand)}.`
      }
      // A parameter sent twice arrives as a list, which only the list operators read.
      if (Array.isArray(operand) && !LIST_OPERATORS.has(operator)) {
        return (
          `"${at}[${key}][${operator}]" takes one value, not a list (only ` +
          `${[...LIST_OPERATORS].join(', ')} take lists); send it once.`
        )
      }
      if (dateFields.has(key) && operator !== 'exists') {
        const problem = dateProblem(`${at}[${key}][${operator}]`, operator, operand)
        if (problem) return problem
      }
    }
  }
  return null
}

/**
 * What is wrong with the query string of a Payload REST request, worded for the developer who
 * sent it, or null. Payload would otherwise fail on these with a 500: a `where` or `data` that is
 * not JSON, a `limit` of 1e309, a negative `page`, a geospatial operator on a non-point field.
 * `dateFields` are the collection's date field paths (`period.start`), whose operands must be
 * dates. Other values of the wrong type for their field (`where[id][equals]=abc`) are answered by
 * answerQueryValueErrors.ts, which sees the database's refusal.
 */
export const restQueryProblem = (
  search: string,
  dateFields: ReadonlySet<string> = new Set(),
): null | string => {
  if (search === '' || search === '?') return null
  const query = readQuery(search)
  const problem =
    wholeNumberProblem('page', query.page, 1, 100_000_000) ??
    wholeNumberProblem('limit', query.limit, 0, 100_000) ??
    wholeNumberProblem('depth', query.depth, 0, 10)
  if (problem) return problem
  for (const name of ['where', 'data'] as const) {
    const value = query[name]
    if (typeof value !== 'string' || value === '') continue
    try {
      query[name] = JSON.parse(value) as unknown
    } catch {
      return `"${name}" is neither JSON nor ${name}[…] parameters (${EXAMPLE}).`
    }
  }
  if (query.where === undefined) return null
  return whereSizeProblem(query.where) ?? whereProblem(query.where, 'where', dateFields)
}
