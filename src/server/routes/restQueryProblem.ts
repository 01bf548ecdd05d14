import { parse } from 'qs-esm'
import { validOperators } from 'payload/shared'

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

/** The first thing wrong with a where clause (qs-parsed or JSON), or null. */
const whereProblem = (where: unknown, at: string): null | string => {
  if (!isObject(where)) {
    return `"${at}" must be a set of conditions, ${EXAMPLE}; got ${shown(where)}.`
  }
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const branches = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : null
      if (!branches) return `"${at}[${key}]" must be a list of conditions, not ${shown(value)}.`
      for (const [index, branch] of branches.entries()) {
        const problem = whereProblem(branch, `${at}[${key}][${index}]`)
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
    }
  }
  return null
}

/**
 * What is wrong with the query string of a Payload REST request, worded for the developer who
 * sent it, or null. Payload would otherwise fail on these with a 500: a `where` or `data` that is
 * not JSON, a `limit` of 1e309, a negative `page`, a geospatial operator on a non-point field.
 * Values of the wrong type for their field (`where[id][equals]=abc`) are answered by
 * answerQueryValueErrors.ts, which sees the database's refusal.
 */
export const restQueryProblem = (search: string): null | string => {
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
  return query.where === undefined ? null : whereProblem(query.where, 'where')
}
