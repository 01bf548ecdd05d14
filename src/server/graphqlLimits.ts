import type {
  ASTVisitor,
  FragmentDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql'

import { GraphQLError, Kind, parse } from 'graphql'

/** The longest query document Aware's GraphQL takes; Payload's admin sends none this long. */
export const MAX_GRAPHQL_QUERY_LENGTH = 20_000
/** Lexical tokens in one document, counted by graphql-js's own parser as it reads. */
export const MAX_GRAPHQL_TOKENS = 5_000
/** Fields selected in one operation, counting aliases, `__typename` and every fragment spread. */
export const MAX_GRAPHQL_SELECTIONS = 1_000

/**
 * Why a GraphQL document may not even be validated, or null: validating and executing cost time
 * in proportion to (and, for overlapping fields, beyond) its size, so size comes first.
 */
export const graphqlQueryProblem = (query: unknown): null | string => {
  if (typeof query !== 'string') return null
  if (query.length > MAX_GRAPHQL_QUERY_LENGTH) {
    return `The GraphQL query is ${query.length} characters long; send at most ${MAX_GRAPHQL_QUERY_LENGTH}.`
  }
  try {
    parse(query, { maxTokens: MAX_GRAPHQL_TOKENS })
  } catch (error) {
    if (error instanceof GraphQLError && /more tha[nt] \d+ tokens/i.test(error.message)) {
      return `The GraphQL query has more than ${MAX_GRAPHQL_TOKENS} tokens; send a smaller one.`
    }
  }
  return null
}

/**
 * A validation rule: at most MAX_GRAPHQL_SELECTIONS fields per operation. Payload's maxComplexity
 * (graphql-query-complexity's algorithm) skips fields missing from the type's field map, so a
 * query of thousands of aliased `__typename` passed it; here every field node counts, aliases
 * and `__typename` included, and a fragment counts each time it is spread.
 */
export const maxSelectionsRule = (context: ValidationContext): ASTVisitor => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
  }
  const counted = new Map<string, number>()
  const count = (set: SelectionSetNode | undefined, visiting: Set<string>): number => {
    let total = 0
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) total += 1 + count(selection.selectionSet, visiting)
      else if (selection.kind === Kind.INLINE_FRAGMENT)
        total += count(selection.selectionSet, visiting)
      else {
        const name = selection.name.value
        if (visiting.has(name)) continue // a cycle: NoFragmentCyclesRule reports it
        if (!counted.has(name)) {
          visiting.add(name)
          counted.set(name, count(fragments.get(name)?.selectionSet, visiting))
          visiting.delete(name)
        }
        total += counted.get(name) ?? 0
      }
      if (total > MAX_GRAPHQL_SELECTIONS) return total
    }
    return total
  }
  return {
    OperationDefinition(operation) {
      const total = count(operation.selectionSet, new Set())
      if (total > MAX_GRAPHQL_SELECTIONS) {
        context.reportError(
          new GraphQLError(
            `The query selects more than ${MAX_GRAPHQL_SELECTIONS} fields (aliases and ` +
              '__typename count); ask for less, or page through the results.',
            { nodes: [operation] },
          ),
        )
      }
    },
  }
}
