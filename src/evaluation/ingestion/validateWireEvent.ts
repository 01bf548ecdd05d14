import type { ErrorObject } from 'ajv/dist/2020.js'

import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

import type { WireEvent } from '../events/wireEvent'

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

/** Checks one event against the schema of EVALUATION.md, with every problem worded. */
export const validateWireEvent = (candidate: unknown): WireEventCheck => {
  if (validate(candidate)) return { event: candidate }
  const errors = [...new Set(meaningful(validate.errors ?? []).map(describeEventError))]
  return { errors: errors.length > 0 ? errors : ['the event is not valid.'] }
}
