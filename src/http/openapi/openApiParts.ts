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
