import type { JsonSchema } from '../../http/openapi/jsonSchema'

import {
  assessmentPhases,
  eventTypes,
  MAX_EVENTS_PER_BATCH,
} from '../../evaluation/events/wireEvent'
import { nullable, ref, strictObject } from '../../http/openapi/jsonSchema'

const id: JsonSchema = { type: ['integer', 'string'] }

/** src/evaluation/events/wireEvent.ts as JSON Schema: the contract the widget sends. */
export const eventSchemas: Record<string, JsonSchema> = {
  BatchResult: strictObject({
    accepted: { minimum: 0, type: 'integer' },
    duplicates: {
      description: 'Events whose id was already counted: a retried batch changes nothing.',
      minimum: 0,
      type: 'integer',
    },
    feedback: { items: ref('SubmissionFeedback'), type: 'array' },
    rejected: {
      items: strictObject({
        errors: { items: { type: 'string' }, type: 'array' },
        index: { minimum: 0, type: 'integer' },
      }),
      type: 'array',
    },
  }),
  EventBatch: {
    ...strictObject({
      events: {
        items: ref('WireEvent'),
        maxItems: MAX_EVENTS_PER_BATCH,
        minItems: 1,
        type: 'array',
      },
      session: {
        description:
          'With a publishable key: the widget session the events belong to (POST ' +
          '/api/widget/sessions). Not sent with a secret key or a staff session.',
        type: 'string',
      },
    }),
    required: ['events'],
  },
  Session: strictObject({
    expiresAt: { format: 'date-time', type: 'string' },
    issuedAt: { format: 'date-time', type: 'string' },
    limits: strictObject({
      eventsPerSession: { minimum: 1, type: 'integer' },
      minSecondsPerItem: { minimum: 0, type: 'integer' },
    }),
    session: { description: 'The token: send it as `session` with the events.', type: 'string' },
  }),
  SessionRequest: strictObject({
    audience: { description: 'Audience slug.', type: 'string' },
    campaign: {
      description: 'Campaign id or slug.',
      oneOf: [{ type: 'string' }, { type: 'integer' }],
    },
    respondent: {
      description: 'The opaque random id the widget made and keeps on the partner’s page.',
      maxLength: 128,
      minLength: 8,
      type: 'string',
    },
  }),
  SubmissionFeedback: strictObject(
    {
      id: { description: 'The id of the assessment event.', type: 'string' },
      index: { minimum: 0, type: 'integer' },
      items: {
        items: strictObject({
          correct: { type: 'boolean' },
          correctChoices: { items: { type: 'string' }, type: 'array' },
          explanation: nullable({ type: 'string' }),
          item: { type: 'string' },
        }),
        type: 'array',
      },
      score: { maximum: 1, minimum: 0, type: 'number' },
    },
    'Per-item feedback for a post (or follow-up) submission, so the widget can teach.',
  ),
  WireAssessment: strictObject({
    answers: {
      additionalProperties: {
        anyOf: [{ type: 'string' }, { items: { type: 'string' }, minItems: 1, type: 'array' }],
      },
      description: 'Answers by item key: a choice key, or several for multiple-answer items.',
      type: 'object',
    },
    assessment: { ...id, description: 'The assessment id or slug.' },
    phase: { enum: [...assessmentPhases] },
    revision: { minimum: 1, type: 'integer' },
  }),
  WireEvent: {
    ...strictObject({
      assessment: ref('WireAssessment'),
      audience: { description: 'Audience slug.', type: 'string' },
      campaign: { ...id, description: 'Campaign id or slug.' },
      channel: { type: 'string' },
      consent: { type: 'boolean' },
      id: {
        description:
          'Made by the sender; with the sender (the key, or the account, that signs the request) the idempotency key: ids are unique per sender, never globally.',
        format: 'uuid',
        type: 'string',
      },
      locale: { type: 'string' },
      occurredAt: { format: 'date-time', type: 'string' },
      respondent: {
        description: 'Opaque random id made by the device; never a name, email, phone or IP.',
        type: 'string',
      },
      type: { enum: [...eventTypes] },
    }),
    required: [
      'audience',
      'campaign',
      'channel',
      'consent',
      'id',
      'locale',
      'occurredAt',
      'respondent',
      'type',
    ],
  },
}
