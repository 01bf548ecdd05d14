import type { ErrorObject } from 'ajv'

import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

const SCHEMAS = '#/components/schemas/'

/**
 * Compiles the component schemas of an OpenAPI 3.1 document (JSON Schema 2020-12) with ajv, so
 * tests can check real responses against the published contract.
 */
export const openApiValidator = (document: { components: { schemas: object } }) => {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true })
  addFormats(ajv)
  const defs = JSON.parse(
    JSON.stringify(document.components.schemas).replaceAll(SCHEMAS, '#/$defs/'),
  )
  ajv.addSchema({ $defs: defs, $id: 'aware' })
  return (name: string, value: unknown): ErrorObject[] => {
    const validate = ajv.getSchema(`aware#/$defs/${name}`)
    if (!validate) throw new Error(`no schema named ${name}`)
    return validate(value) ? [] : (validate.errors ?? [])
  }
}
