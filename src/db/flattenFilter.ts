import { isDeepStrictEqual } from 'node:util'

export type Filter = Record<string, unknown>

/** The conditions that must all hold: a filter's own paths, its `$and` list, a lone `$or`. */
const conjunctsOf = (filter: Filter): Filter[] =>
  Object.entries(filter).flatMap(([key, value]): Filter[] => {
    if (key === '$and' && Array.isArray(value)) return value.flatMap(conjunctsOf)
    if (key === '$or' && Array.isArray(value)) {
      return value.length === 1 ? conjunctsOf(value[0]) : [{ $or: value.map(flattenFilter) }]
    }
    return [{ [key]: value }]
  })

/**
 * The same MongoDB filter with nested `$and` lists (and `$or` lists of one) lifted into one
 * document of paths: a path twice with the same condition once, a path twice with different
 * conditions kept in a `$and`. `{ $and: [{ $and: [{ parent: id }] }, { latest: true }] }`
 * becomes `{ parent: id, latest: true }`.
 */
export const flattenFilter = (filter: Filter): Filter => {
  const flat: Filter = {}
  const rest: Filter[] = []
  for (const conjunct of conjunctsOf(filter)) {
    const [key, value] = Object.entries(conjunct)[0]
    if (!(key in flat)) flat[key] = value
    else if (!isDeepStrictEqual(flat[key], value)) rest.push(conjunct)
  }
  return rest.length > 0 ? { ...flat, $and: rest } : flat
}
