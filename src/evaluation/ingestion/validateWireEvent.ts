import type { ErrorObject } from 'ajv/dist/2020.js'

import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

import type { WireEvent } from '../events/wireEvent'

import { canonicalEventId } from '../events/canonicalEventId'
import { eventSchema } from '../events/eventSchema'
import { describeEventError } from './describeEventError'

// strictRequired is off: the if/then/else on "type" requires fields declared one level up.
const ajv = new Ajv2020({
  allErrors: true,
  allowUnionTypes: true,
  strict: true,
  strictRequired: false,
  verbose: true,
})
addFormats(ajv, ['date-time', 'uuid'])
const validate = ajv.compile<WireEvent>(eventSchema)

/** Drops Ajv's noise: the branches inside anyOf, the `if` that failed, propertyNames' inner error. */
const meaningful = (errors: ErrorObject[]) => {
  const anyOfRoots = errors
    .filter((error) => error.keyword === 'anyOf')
    .map((error) => `${error.schemaPath}/`)
  return errors.filter(
    (error) =>
      error.keyword !== 'if' &&
      !anyOfRoots.some((root) => error.schemaPath.startsWith(root)) &&
      !(error.propertyName !== undefined && error.keyword !== 'propertyNames'),
  )
}

export type WireEventCheck =
  { errors: string[]; event?: undefined } | { errors?: undefined; event: WireEvent }

/**
 * RFC 3339 (and so the schema's "date-time") allows a leap second, :60, which no JavaScript
 * date (nor any database column Aware uses) can hold.
 */
const unreadableTime = (occurredAt: string) =>
  `"occurredAt" is "${occurredAt}", a time that cannot be stored (a leap second, :60, has no ` +
  'place in UTC timestamps): send the second before or after, e.g. 2026-03-01T09:30:00Z.'

/**
 * Checks one event against the schema of EVALUATION.md, with every problem worded, and returns
 * it with its id in canonical form (canonicalEventId.ts).
 */
export const validateWireEvent = (candidate: unknown): WireEventCheck => {
  if (validate(candidate)) {
    if (Number.isNaN(Date.parse(candidate.occurredAt))) {
      return { errors: [unreadableTime(candidate.occurredAt)] }
    }
    return { event: { ...candidate, id: canonicalEventId(candidate.id) } }
  }
  const errors = [...new Set(meaningful(validate.errors ?? []).map(describeEventError))]
  return { errors: errors.length > 0 ? errors : ['the event is not valid.'] }
}
