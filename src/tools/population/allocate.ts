/**
 * Splits a whole number in proportion to weights, largest remainders first, so the parts are
 * whole and add up exactly.
 */
export const allocate = (total: number, weights: readonly number[]): number[] => {
  const sum = weights.reduce((acc, weight) => acc + weight, 0)
  if (weights.length === 0 || !(sum > 0)) return weights.map(() => 0)
  const exact = weights.map((weight) => (total * weight) / sum)
  const parts = exact.map(Math.floor)
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  let left = total - parts.reduce((acc, part) => acc + part, 0)
  for (const { index } of order) {
    if (left <= 0) break
    parts[index] += 1
    left -= 1
  }
  return parts
}
