import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql'

import { GraphQLError, Kind, parse } from 'graphql'

/** The longest query document Aware's GraphQL takes; Payload's admin sends none this long. */
export const MAX_GRAPHQL_QUERY_LENGTH = 20_000
/** Lexical tokens in one document, counted by graphql-js's own parser as it reads. */
export const MAX_GRAPHQL_TOKENS = 5_000
/**
 * Fields selected in one operation, counting aliases, `__typename` and every fragment spread.
 * On a freshly started server, validating 1,000 took graphql-js about 0.25 s; 500 take half that.
 */
export const MAX_GRAPHQL_SELECTIONS = 500
/**
 * Fields answering under one name in one selection set (after fragments): graphql-js checks
 * that each pair of them can merge, so their cost grows with the square of their number.
 */
export const MAX_GRAPHQL_SAME_NAME_FIELDS = 20
/** Values (objects, lists, scalars) in a request's variables: each is coerced to its type. */
export const MAX_GRAPHQL_VARIABLE_VALUES = 5_000

/** Counts JSON values, stopping once past `limit`. */
const valuesIn = (value: unknown, limit: number): number => {
  let count = 1
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const next = pending.pop()
    if (!next || typeof next !== 'object') continue
    for (const child of Object.values(next)) {
      count += 1
      if (count > limit) return count
      pending.push(child)
    }
  }
  return count
}

type Shape = {
  /** Fields selected, every spread of a fragment counted again. */
  selections: number
  /** The most fields that answer under one name in one selection set. */
  sameName: number
}

/**
 * The cost of each operation and fragment in `document`, each fragment worked out once however
 * often it is spread (a document that doubles its fragments is counted, not expanded).
 */
const shapeOf = (document: DocumentNode): Shape => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
  }
  /** Per fragment: its selections and the names its top level answers under, with counts. */
  const known = new Map<string, { names: Map<string, number>; selections: number }>()
  let sameName = 0

  const walk = (set: SelectionSetNode | undefined, visiting: Set<string>) => {
    const names = new Map<string, number>()
    let selections = 0
    const addNames = (more: Map<string, number>) => {
      for (const [name, count] of more) names.set(name, (names.get(name) ?? 0) + count)
    }
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.alias?.value ?? selection.name.value
        names.set(name, (names.get(name) ?? 0) + 1)
        selections += 1 + walk(selection.selectionSet, visiting).selections
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = walk(selection.selectionSet, visiting)
        selections += inner.selections
        addNames(inner.names)
      } else {
        const name = selection.name.value
        if (visiting.has(name)) continue // a cycle: graphql-js's NoFragmentCyclesRule reports it
        if (!known.has(name)) {
          visiting.add(name)
          known.set(name, walk(fragments.get(name)?.selectionSet, visiting))
          visiting.delete(name)
        }
        const fragment = known.get(name)
        selections += fragment?.selections ?? 0
        if (fragment) addNames(fragment.names)
      }
      if (selections > MAX_GRAPHQL_SELECTIONS) break
    }
    for (const count of names.values()) sameName = Math.max(sameName, count)
    return { names, selections }
  }

  let selections = 0
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      selections = Math.max(selections, walk(definition.selectionSet, new Set()).selections)
    }
  }
  return { sameName, selections }
}

const parsed = (query: string): DocumentNode | string => {
  try {
    return parse(query, { maxTokens: MAX_GRAPHQL_TOKENS })
  } catch (error) {
    if (error instanceof GraphQLError && /more tha[nt] \d+ tokens/i.test(error.message)) {
      return `The GraphQL query has more than ${MAX_GRAPHQL_TOKENS} tokens; send a smaller one.`
    }
    return '' // a syntax error: Payload answers it in GraphQL's own words
  }
}

/**
 * Why a GraphQL request may not even be validated, or null. graphql-js validates and Payload
 * estimates complexity in time that grows with the document's size, with the square of fields
 * sharing a name and, for fragments spread twice over, exponentially (Payload's maxComplexity);
 * coercing variables grows with their size. So all of that is measured first, on the parsed
 * document, in time proportional to its length. Aliases and `__typename` count like any field.
 */
export const graphqlQueryProblem = (query: unknown, variables?: unknown): null | string => {
  if (typeof query !== 'string') return null
  if (query.length > MAX_GRAPHQL_QUERY_LENGTH) {
    return `The GraphQL query is ${query.length} characters long; send at most ${MAX_GRAPHQL_QUERY_LENGTH}.`
  }
  if (valuesIn(variables, MAX_GRAPHQL_VARIABLE_VALUES) > MAX_GRAPHQL_VARIABLE_VALUES) {
    return (
      `The GraphQL variables hold more than ${MAX_GRAPHQL_VARIABLE_VALUES} values; send a ` +
      'narrower request (and documents over REST).'
    )
  }
  const document = parsed(query)
  if (typeof document === 'string') return document || null
  const { sameName, selections } = shapeOf(document)
  if (selections > MAX_GRAPHQL_SELECTIONS) {
    return (
      `The query selects more than ${MAX_GRAPHQL_SELECTIONS} fields (aliases, __typename and ` +
      'each spread of a fragment count); ask for less, or page through the results.'
    )
  }
  if (sameName > MAX_GRAPHQL_SAME_NAME_FIELDS) {
    return (
      `The query selects ${sameName} fields under one name in one place; at most ` +
      `${MAX_GRAPHQL_SAME_NAME_FIELDS} may share a name (give them distinct aliases).`
    )
  }
  return null
}
