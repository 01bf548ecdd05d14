export type Ranking = {
  /** rank of each input value, in input order, ties sharing their average rank */
  ranks: number[]
  /** size of every group of equal values that has more than one member */
  tieSizes: number[]
}

/**
 * Ranks with ties averaged, as R's `rank(ties.method = "average")`. Equality is exact, as in
 * R: differences that print alike but differ in the last bit are not ties.
 */
export function averageRanks(values: readonly number[]): Ranking {
  const order = values.map((_, index) => index).sort((left, right) => values[left] - values[right])
  const ranks = new Array<number>(values.length)
  const tieSizes: number[] = []
  let start = 0
  while (start < order.length) {
    let end = start + 1
    while (end < order.length && values[order[end]] === values[order[start]]) end += 1
    const averageRank = (start + 1 + end) / 2
    for (let position = start; position < end; position += 1) ranks[order[position]] = averageRank
    if (end - start > 1) tieSizes.push(end - start)
    start = end
  }
  return { ranks, tieSizes }
}
