/** A JSON Schema (2020-12, as OpenAPI 3.1 uses it), loosely typed: it is data, checked by tests. */
export type JsonSchema = { [keyword: string]: unknown }

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` })

export const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] })

/** An object whose listed properties are all required and nothing else is allowed. */
export const strictObject = (
  properties: Record<string, JsonSchema>,
  description?: string,
): JsonSchema => ({
  additionalProperties: false,
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
  type: 'object',
})
