import type { CollectionBeforeOperationHook, Payload } from 'payload'

import { APIError } from 'payload'

/** Conditions (a field, an operator, a value) in one `where`, across every and/or. */
export const MAX_WHERE_CONDITIONS = 100
/** Values in one `in`, `not_in` or `all` list. */
export const MAX_WHERE_LIST_ITEMS = 1_000

const LIST_OPERATORS = new Set(['all', 'in', 'not_in'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Payload reads a list operand as an array, or as one comma-separated string. */
const listLength = (operand: unknown) =>
  Array.isArray(operand)
    ? operand.length
    : typeof operand === 'string'
      ? operand.split(',').length
      : 1

/**
 * Why a where clause (qs-parsed or JSON) is too large to run, or null. Payload checks each
 * condition's path and builds the database query in one go, in time that grows with the number
 * of conditions (5,000 held the event loop about a second), so their number is bounded.
 * The walk stops as soon as the limit is passed.
 */
export const whereSizeProblem = (where: unknown): null | string => {
  let conditions = 0
  const pending: unknown[] = [where]
  while (pending.length > 0) {
    const clause = pending.pop()
    if (!isObject(clause)) continue
    for (const [key, value] of Object.entries(clause)) {
      // Payload reads and/or in any case; GraphQL's where types name them AND and OR.
      if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
        const branches = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : []
        for (const branch of branches) pending.push(branch)
        continue
      }
      const operations: [string, unknown][] = isObject(value)
        ? Object.entries(value)
        : [['', value]]
      for (const [operator, operand] of operations) {
        conditions += 1
        if (conditions > MAX_WHERE_CONDITIONS) {
          return (
            `"where" holds more than ${MAX_WHERE_CONDITIONS} conditions; narrow it, or ` +
            `use one "in" list (at most ${MAX_WHERE_LIST_ITEMS} values).`
          )
        }
        if (LIST_OPERATORS.has(operator) && listLength(operand) > MAX_WHERE_LIST_ITEMS) {
          return `"where[${key}][${operator}]" lists more than ${MAX_WHERE_LIST_ITEMS} values; send fewer at a time.`
        }
      }
    }
  }
  return null
}

/** GraphQL and REST callers' where clauses; Aware's own code (the Local API) is trusted. */
const refuseOversizedWhere: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.payloadAPI === 'local') return
  const problem = whereSizeProblem((args as { where?: unknown }).where)
  if (problem) throw new APIError(problem, 400, null, true)
}

/**
 * Every collection, Payload's own included (they are added after plugins, hence at init),
 * refuses an oversized where from GraphQL or REST before building its query.
 */
export const boundWhereClauses = (payload: Payload): void => {
  for (const { config } of Object.values(payload.collections)) {
    config.hooks.beforeOperation = [...(config.hooks.beforeOperation ?? []), refuseOversizedWhere]
  }
}
