/**
 * Validates pack files against the JSON Schemas in campaigns/schema/ and words Ajv's errors for
 * campaign authors: each names the field as a JSON pointer and says what to change.
 */
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js'

import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

import { locales } from '../domain/locales'

export type PackFileKind = 'audiences' | 'campaign' | 'knowledge-check'

export const schemaFileNames: Record<PackFileKind, string> = {
  audiences: 'audiences.schema.json',
  campaign: 'campaign.schema.json',
  'knowledge-check': 'knowledge-check.schema.json',
}

/** The schemas shipped with the project, in campaigns/schema/. */
export const defaultSchemaDir = fileURLToPath(new URL('../../campaigns/schema/', import.meta.url))

export interface FieldProblem {
  /** JSON pointer into the validated file. */
  field: string
  message: string
}

export type SchemaValidator = (kind: PackFileKind, data: unknown) => FieldProblem[]

type AnySchema = Record<string, unknown>

const localeList = locales.map(({ code, label }) => `${code} (${label})`).join(', ')

const quote = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value))

const typeWords: Record<string, string> = {
  array: 'a list […]',
  boolean: 'true or false',
  integer: 'a whole number',
  null: 'null',
  number: 'a number',
  object: 'an object {…}',
  string: 'text in quotes',
}

const describeType = (type: unknown) =>
  (Array.isArray(type) ? type : [type]).map((name) => typeWords[String(name)] ?? name).join(' or ')

const countNoun = (schema: AnySchema | undefined) =>
  typeof schema?.title === 'string' ? schema.title : 'entries'

const describeHint = (schema: AnySchema | undefined) =>
  typeof schema?.description === 'string' ? ` Expected: ${schema.description}` : ''

const propertyDescription = (schema: AnySchema | undefined, property: string) => {
  const properties = schema?.properties as Record<string, AnySchema> | undefined
  const description = properties?.[property]?.description
  return typeof description === 'string' ? ` (${description.replace(/\.$/, '')})` : ''
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1')

/** Words one Ajv error for an author. */
const describe = (error: ErrorObject): FieldProblem => {
  const params = error.params as Record<string, unknown>
  const parent = error.parentSchema as AnySchema | undefined
  const data = error.data
  const at = error.instancePath
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty)
      if (missing === 'en' && parent?.title === 'localized text') {
        return {
          field: at,
          message:
            'has no English ("en") text. Every text needs English: it is shown wherever a translation is missing.',
        }
      }
      if (missing === 'en' && parent?.title === 'body') {
        return {
          field: at,
          message:
            'has no English ("en") body. The English message is required: it is shown wherever a translation is missing.',
        }
      }
      return {
        field: `${at}/${escapePointer(missing)}`,
        message: `is missing: add "${missing}"${propertyDescription(parent, missing)}.`,
      }
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty)
      const allowed = Object.keys((parent?.properties as object | undefined) ?? {})
      return {
        field: `${at}/${escapePointer(extra)}`,
        message: `"${extra}" is not a field here; check the spelling.${
          allowed.length ? ` Allowed fields: ${allowed.join(', ')}.` : ''
        }`,
      }
    }
    case 'propertyNames':
      return {
        field: `${at}/${escapePointer(String(params.propertyName))}`,
        message: `"${String(params.propertyName)}" is not a supported language code. Use one of: ${localeList}.`,
      }
    case 'type':
      return { field: at, message: `should be ${describeType(params.type)}, not ${quote(data)}.` }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((value) => String(value)).join(', ')
      return { field: at, message: `${quote(data)} is not allowed here. Use one of: ${allowed}.` }
    }
    case 'pattern':
      return { field: at, message: `${quote(data)} is not valid.${describeHint(parent)}` }
    case 'format':
      return {
        field: at,
        message:
          params.format === 'date'
            ? `${quote(data)} is not a calendar date. Write it as YYYY-MM-DD, e.g. 2026-01-01.`
            : `${quote(data)} is not a valid ${String(params.format)}.${describeHint(parent)}`,
      }
    case 'minLength':
      return params.limit === 1
        ? { field: at, message: 'is empty; write the text or remove the field.' }
        : { field: at, message: `is too short: at least ${String(params.limit)} characters.` }
    case 'maxLength':
      return { field: at, message: `is too long: at most ${String(params.limit)} characters.` }
    case 'minItems':
    case 'maxItems': {
      const count = Array.isArray(data) ? data.length : 0
      const noun = countNoun(parent)
      if (noun === 'answer choices') {
        return {
          field: at,
          message: `has ${count} answer choice${count === 1 ? '' : 's'}; a question needs between 2 and 6.`,
        }
      }
      return error.keyword === 'minItems'
        ? { field: at, message: `needs at least ${String(params.limit)} ${noun}; it has ${count}.` }
        : {
            field: at,
            message: `may have at most ${String(params.limit)} ${noun}; it has ${count}.`,
          }
    }
    case 'uniqueItems': {
      const list = Array.isArray(data) ? data : []
      const repeated = list[Number(params.j)]
      return {
        field: `${at}/${String(params.i)}`,
        message: `${quote(repeated)} is listed twice (entries ${Number(params.j) + 1} and ${
          Number(params.i) + 1
        }); list it once.`,
      }
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const words: Record<string, string> = {
        exclusiveMaximum: 'less than',
        exclusiveMinimum: 'greater than',
        maximum: 'at most',
        minimum: 'at least',
      }
      return {
        field: at,
        message: `is ${quote(data)}; it must be ${words[error.keyword]} ${String(params.limit)}.${describeHint(parent)}`,
      }
    }
    case 'minProperties':
      return { field: at, message: 'is empty.' }
    case 'dependentRequired':
      return {
        field: `${at}/${escapePointer(String(params.property))}`,
        message: `"${String(params.property)}" can only be used together with "${String(
          params.missingProperty,
        )}".`,
      }
    case 'oneOf':
    case 'anyOf':
      return {
        field: at,
        message: `${
          Array.isArray(params.passingSchemas)
            ? 'mixes several kinds of content in one entry.'
            : 'has no content of a known kind.'
        }${describeHint(parent)}`,
      }
    default:
      return { field: at, message: `${error.message ?? 'is not valid'}.` }
  }
}

/** Drops errors from inside oneOf/anyOf branches (the oneOf/anyOf error words them better). */
const withoutBranchErrors = (errors: ErrorObject[]): ErrorObject[] => {
  const branchRoots = errors
    .filter((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf')
    .map((error) => `${error.schemaPath}/`)
  const kept = errors.filter(
    (error) => !branchRoots.some((root) => error.schemaPath.startsWith(root)),
  )
  // A propertyNames failure is reported twice by Ajv (the enum inside, then propertyNames).
  return kept.filter(
    (error) => !(error.propertyName !== undefined && error.keyword !== 'propertyNames'),
  )
}

export const describeSchemaErrors = (errors: ErrorObject[] | null | undefined): FieldProblem[] => {
  const seen = new Set<string>()
  const problems: FieldProblem[] = []
  for (const error of withoutBranchErrors(errors ?? [])) {
    const problem = describe(error)
    const id = `${problem.field}\u0000${problem.message}`
    if (seen.has(id)) continue
    seen.add(id)
    problems.push(problem)
  }
  return problems
}

const cache = new Map<string, SchemaValidator>()

/** Compiles the three pack schemas found in `schemaDir` (default: campaigns/schema). */
export function createSchemaValidator(schemaDir: string = defaultSchemaDir): SchemaValidator {
  const resolved = path.resolve(schemaDir)
  const cached = cache.get(resolved)
  if (cached) return cached
  const ajv = new Ajv2020({
    allErrors: true,
    allowUnionTypes: true,
    strict: true,
    // Localized texts require "en" without declaring every locale as a property.
    strictRequired: false,
    verbose: true,
  })
  addFormats(ajv, ['date'])
  const compiled = {} as Record<PackFileKind, ValidateFunction>
  for (const [kind, fileName] of Object.entries(schemaFileNames) as [PackFileKind, string][]) {
    const schema = JSON.parse(readFileSync(path.join(resolved, fileName), 'utf8')) as AnySchema
    compiled[kind] = ajv.compile(schema)
  }
  const validator: SchemaValidator = (kind, data) => {
    const validate = compiled[kind]
    return validate(data) ? [] : describeSchemaErrors(validate.errors)
  }
  cache.set(resolved, validator)
  return validator
}
