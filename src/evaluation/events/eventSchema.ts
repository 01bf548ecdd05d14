import { channelValues } from '../../domain/channels'
import { localeCodes } from '../../domain/locales'
import { assessmentPhases, eventTypes } from './wireEvent'

/** Keys of items and choices, and audience and campaign slugs: lower-case words and hyphens. */
export const KEY_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$'

/** An opaque id: letters, digits, - and _ (a UUID, a random string). */
export const RESPONDENT_PATTERN = '^[A-Za-z0-9_-]+$'

const reference = {
  anyOf: [
    { minimum: 1, type: 'integer' },
    { maxLength: 100, pattern: KEY_PATTERN, type: 'string' },
  ],
}

const choiceKey = { maxLength: 50, pattern: KEY_PATTERN, type: 'string' }

/**
 * The JSON Schema (draft 2020-12 subset that Ajv checks) of one event in POST /api/events, as
 * wireEvent.ts types it. Unknown fields are refused, so nothing personal rides along by mistake.
 */
export const eventSchema = {
  additionalProperties: false,
  if: { properties: { type: { const: 'assessment' } }, required: ['type'] },
  properties: {
    assessment: {
      additionalProperties: false,
      properties: {
        answers: {
          additionalProperties: {
            anyOf: [
              choiceKey,
              { items: choiceKey, maxItems: 10, minItems: 1, type: 'array', uniqueItems: true },
            ],
          },
          maxProperties: 200,
          minProperties: 1,
          propertyNames: { maxLength: 100, pattern: KEY_PATTERN },
          type: 'object',
        },
        assessment: reference,
        phase: { enum: assessmentPhases },
        revision: { minimum: 1, type: 'integer' },
      },
      required: ['assessment', 'revision', 'phase', 'answers'],
      type: 'object',
    },
    audience: { maxLength: 100, pattern: KEY_PATTERN, type: 'string' },
    campaign: reference,
    channel: { enum: channelValues },
    consent: { type: 'boolean' },
    id: { format: 'uuid', type: 'string' },
    locale: { enum: localeCodes },
    occurredAt: { format: 'date-time', type: 'string' },
    respondent: {
      maxLength: 128,
      minLength: 8,
      not: { pattern: '^[0-9+ ]+$', type: 'string' },
      pattern: RESPONDENT_PATTERN,
      type: 'string',
    },
    type: { enum: eventTypes },
  },
  required: [
    'id',
    'type',
    'campaign',
    'audience',
    'locale',
    'channel',
    'respondent',
    'occurredAt',
    'consent',
  ],
  then: { required: ['assessment'] },
  else: { not: { required: ['assessment'] } },
  type: 'object',
} as const
