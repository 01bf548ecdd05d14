/**
 * The disclosure test behind every breakdown a report publishes (docs/evaluation.md, "Small cells
 * and differencing").
 *
 * Model: a block of figures (a phase's scores, the pairs, reach…) is a sum over the respondents
 * of the cells it covers, so a reader holding several published figures can compute exactly any
 * linear combination of them, and nothing else. Such a combination gives away a group of
 * respondents when it equals the indicator of a set U of cells that rests on 1 to k − 1
 * respondents. So a family of published sets is safe when the span of their indicator vectors
 * holds no 0/1 vector of such a set.
 *
 * How it is decided: a set resting on fewer than k respondents holds only small cells (a cell of k
 * or more would make it large). Order the columns large cells first and row-reduce: the rows whose
 * pivot falls in a small column span exactly the combinations that vanish on every large cell
 * (L′). A 0/1 vector of L′ is fixed by its values at those rows' pivots, so a search over those
 * 2^q choices, cutting a branch as soon as a cell it settles is neither 0 nor 1 (or, for sums, the
 * set already holds k cells), finds every candidate. Past MAX_SEARCH_STEPS the answer is "not
 * shown safe", which callers treat as unsafe (the figures are suppressed).
 */

/** Search steps at most per check; past them the answer is "undecided". */
export const MAX_SEARCH_STEPS = 200_000

const EPSILON = 1e-7

export type SpanCheck = {
  /** Whether a set of cells weighs at least as many as it has cells (sums, not distinct counts). */
  additive?: boolean
  /** How many cells there are; sets are lists of cell indices. */
  cellCount: number
  k: number
  /** The cells each published figure covers. */
  published: readonly (readonly number[])[]
  /** Respondents a set of cells rests on (distinct respondents where cells overlap). */
  weightOf: (cells: readonly number[]) => number
}

export type SpanVerdict =
  | { safe: false; undecided: false; witness: number[] }
  | { safe: false; undecided: true }
  | { safe: true }

/** Reduced row echelon form in place; answers each kept row's pivot column. */
const reduce = (
  rows: Float64Array[],
  columns: number,
): { pivots: number[]; rows: Float64Array[] } => {
  const pivots: number[] = []
  let rank = 0
  for (let column = 0; column < columns && rank < rows.length; column += 1) {
    let best = -1
    let bestValue = EPSILON
    for (let index = rank; index < rows.length; index += 1) {
      const value = Math.abs(rows[index][column])
      if (value > bestValue) {
        best = index
        bestValue = value
      }
    }
    if (best < 0) continue
    ;[rows[rank], rows[best]] = [rows[best], rows[rank]]
    const pivotRow = rows[rank]
    const scale = pivotRow[column]
    for (let entry = column; entry < columns; entry += 1) pivotRow[entry] /= scale
    for (let index = 0; index < rows.length; index += 1) {
      if (index === rank) continue
      const row = rows[index]
      const factor = row[column]
      if (Math.abs(factor) <= EPSILON) {
        row[column] = 0
        continue
      }
      for (let entry = column; entry < columns; entry += 1) row[entry] -= factor * pivotRow[entry]
    }
    pivots.push(column)
    rank += 1
  }
  return { pivots, rows: rows.slice(0, rank) }
}

const isBit = (value: number) => Math.abs(value) <= EPSILON || Math.abs(value - 1) <= EPSILON

type Search = {
  additive: boolean
  k: number
  /** Where the small cells' columns begin. */
  offset: number
  small: number[]
  weightOf: SpanCheck['weightOf']
}

/**
 * Depth-first over the bits of L′'s basis rows (row i is in the combination or not); each
 * non-pivot small column is checked once the last row touching it is decided.
 */
const searchSmallSet = (
  rows: Float64Array[],
  pivotColumns: number[],
  { additive, k, offset, small, weightOf }: Search,
): SpanVerdict => {
  const width = small.length
  const pivotAt = pivotColumns.map((column) => column - offset)
  const isPivot = new Set(pivotAt)
  const touching = rows.map((row) => {
    const entries: number[] = []
    for (let column = 0; column < width; column += 1) {
      if (!isPivot.has(column) && Math.abs(row[offset + column]) > EPSILON) entries.push(column)
    }
    return entries
  })
  // Columns settled at each depth: those no later row touches.
  const lastRow = new Array<number>(width).fill(-1)
  touching.forEach((entries, index) => {
    for (const column of entries) lastRow[column] = index
  })
  const settledAt = rows.map(() => [] as number[])
  lastRow.forEach((index, column) => {
    if (index >= 0) settledAt[index].push(column)
  })
  const value = new Float64Array(width)
  const chosen = new Array<boolean>(rows.length).fill(false)
  let steps = 0
  let verdict: SpanVerdict | null = null

  const visit = (depth: number, ones: number): void => {
    if (verdict) return
    steps += 1
    if (steps > MAX_SEARCH_STEPS) {
      verdict = { safe: false, undecided: true }
      return
    }
    if (depth === rows.length) {
      if (!chosen.includes(true)) return
      const witness = small.filter(
        (_, column) =>
          (isPivot.has(column) && chosen[pivotAt.indexOf(column)]) ||
          (!isPivot.has(column) && Math.abs(value[column] - 1) <= EPSILON),
      )
      const weight = weightOf(witness)
      if (weight > 0 && weight < k) verdict = { safe: false, undecided: false, witness }
      return
    }
    for (const take of [false, true]) {
      chosen[depth] = take
      const row = rows[depth]
      if (take) for (const column of touching[depth]) value[column] += row[offset + column]
      let count = ones + (take ? 1 : 0)
      let fits = true
      for (const column of settledAt[depth]) {
        if (!isBit(value[column])) fits = false
        else if (Math.abs(value[column] - 1) <= EPSILON) count += 1
      }
      if (fits && !(additive && count >= k)) visit(depth + 1, count)
      if (take) for (const column of touching[depth]) value[column] -= row[offset + column]
      chosen[depth] = false
      if (verdict) return
    }
  }
  visit(0, 0)
  return verdict ?? { safe: true }
}

/** Whether some combination of the published sets is exactly a set of 1 to k − 1 respondents. */
export const smallSetInSpan = ({
  additive = false,
  cellCount,
  k,
  published,
  weightOf,
}: SpanCheck): SpanVerdict => {
  const weights = Array.from({ length: cellCount }, (_, cell) => weightOf([cell]))
  // Cells holding nobody add nothing to any figure: they are left out of the model.
  const small: number[] = []
  const large: number[] = []
  for (let cell = 0; cell < cellCount; cell += 1) {
    if (weights[cell] <= 0) continue
    if (weights[cell] < k) small.push(cell)
    else large.push(cell)
  }
  if (small.length === 0) return { safe: true }
  const order = [...large, ...small]
  const position = new Map(order.map((cell, index) => [cell, index]))
  const rows = published
    .map((cells) => {
      const row = new Float64Array(order.length)
      for (const cell of cells) {
        const at = position.get(cell)
        if (at !== undefined) row[at] = 1
      }
      return row
    })
    .filter((row) => row.some((value) => value !== 0))
  const reduced = reduce(rows, order.length)
  // Rows pivoting on a small column vanish on every large one: they span L′.
  const free = reduced.rows.filter((_, index) => reduced.pivots[index] >= large.length)
  if (free.length === 0) return { safe: true }
  return searchSmallSet(free, reduced.pivots.slice(reduced.pivots.length - free.length), {
    additive,
    k,
    offset: large.length,
    small,
    weightOf,
  })
}
