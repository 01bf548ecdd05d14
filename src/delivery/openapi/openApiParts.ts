import type { JsonSchema } from './jsonSchema'

import { ref } from './jsonSchema'

/** The small pieces every path of the OpenAPI document is written with. */
export const json = (schema: JsonSchema) => ({ 'application/json': { schema } })

/** A 4xx or 5xx answer: `{ "error": "…" }` in words a partner developer can act on. */
export const error = (description: string) => ({ content: json(ref('Error')), description })

export const queryParameter = (name: string, description: string, schema: JsonSchema) => ({
  description,
  in: 'query',
  name,
  schema,
})

/** The campaign of a report, and the filters the report, its summary and its files all take. */
export const reportFilterParameters = [
  { in: 'path', name: 'idOrSlug', required: true, schema: { type: 'string' } },
  queryParameter('audience', 'Audience slug.', { type: 'string' }),
  queryParameter('channel', 'Channel.', { type: 'string' }),
  queryParameter('locale', 'Locale.', { type: 'string' }),
  queryParameter('partner', 'Partner id.', { type: 'string' }),
  queryParameter('from', 'First day (inclusive), moved back to its Monday (UTC).', {
    format: 'date',
    type: 'string',
  }),
  queryParameter('to', 'Last day (inclusive), moved on to its Sunday (UTC).', {
    format: 'date',
    type: 'string',
  }),
]
