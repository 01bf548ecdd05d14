import type { ErrorObject } from 'ajv/dist/2020.js'

import { eventSchema } from '../events/eventSchema'

const eventFields = Object.keys(eventSchema.properties).join(', ')

/** Enough of a value to recognise it: a message never grows with what a sender can nest or pad. */
const QUOTED_LENGTH = 60

const quote = (value: unknown): string => {
  const text =
    typeof value === 'string'
      ? `"${value}"`
      : value !== null && typeof value === 'object'
        ? Array.isArray(value)
          ? `a list of ${value.length}`
          : 'an object'
        : String(value)
  return text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH)}…` : text
}

/** "/assessment/answers/line-1818" → "assessment.answers.line-1818" */
const fieldOf = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.')

const hints: Record<string, string> = {
  assessment: 'the assessment id or slug from the delivery API',
  audience: 'an audience slug such as "migrant-workers"',
  campaign: 'the campaign id or slug, such as "philippines-pre-departure"',
  id: 'a UUID made by the sender, e.g. 0b6c1c4e-8f0a-4f5e-9d61-3c2b1f0e7a55',
  occurredAt: 'an ISO 8601 date-time with a time zone, e.g. 2026-03-01T09:30:00Z',
  respondent:
    'an opaque random id made by the widget or device (8–128 letters, digits, "-" or "_"), ' +
    'never a name, email address, phone number or IP address',
}

const hintFor = (field: string) => {
  const hint = hints[field] ?? hints[field.split('.').at(-1) ?? '']
  return hint ? ` It must be ${hint}.` : ''
}

/** Words one Ajv error on an event so a partner developer knows what to change. */
export const describeEventError = (error: ErrorObject): string => {
  const params = error.params as Record<string, unknown>
  const field = fieldOf(error.instancePath)
  const subject = field ? `"${field}"` : 'the event'
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty)
      if (missing === 'assessment') {
        return 'an event of type "assessment" needs an "assessment" object (phase, assessment, revision, answers).'
      }
      const path = field ? `${field}.${missing}` : missing
      return `"${path}" is missing.${hintFor(path)}`
    }
    case 'not':
      if (field === 'respondent') {
        return '"respondent" looks like a phone number. Send an opaque random id (such as a UUID) instead.'
      }
      return '"assessment" is only allowed on events of type "assessment".'
    case 'additionalProperties': {
      const extra = String(params.additionalProperty)
      return field
        ? `${subject} has an unknown field "${extra}".`
        : `"${extra}" is not a field of an event; send only ${eventFields}.`
    }
    case 'enum':
      return `${subject} is ${quote(error.data)}; use one of: ${(params.allowedValues as unknown[]).join(', ')}.`
    case 'format':
    case 'pattern':
    case 'anyOf':
      return `${subject} is ${quote(error.data)}, which is not valid.${hintFor(field)}`
    case 'type':
      return `${subject} must be ${String(params.type)}, not ${quote(error.data)}.${hintFor(field)}`
    case 'minLength':
    case 'maxLength':
      return `${subject} must be ${error.keyword === 'minLength' ? 'at least' : 'at most'} ${String(params.limit)} characters long.${hintFor(field)}`
    case 'minProperties':
      return `${subject} is empty: give the answer of at least one item.`
    case 'maxProperties':
      return `${subject} has more than ${String(params.limit)} entries.`
    case 'propertyNames':
      return `${subject} has the item key ${quote(params.propertyName)}, which is not valid: keys are lower-case letters, digits and hyphens.`
    default:
      return `${subject} ${error.message ?? 'is not valid'}.`
  }
}
