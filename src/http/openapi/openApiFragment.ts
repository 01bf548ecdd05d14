import type { JsonSchema } from './jsonSchema'

/**
 * A feature's part of the OpenAPI document: its paths, the schemas they refer to and its tag.
 * Its plugin registers it with the server parts (src/http/serverParts.ts); delivery serves the
 * whole document, its own part first, then the others in plugin order.
 */
export type OpenApiFragment = {
  paths: Record<string, unknown>
  schemas: Record<string, JsonSchema>
  tags: { description: string; name: string }[]
}
