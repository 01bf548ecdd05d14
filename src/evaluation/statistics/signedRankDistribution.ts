/**
 * The exact null distribution of the signed-rank statistic V for n untied, non-zero
 * differences: each rank 1…n joins the positive sum with probability ½, so the number of
 * sign patterns giving each sum follows from adding one rank at a time (R's `csignrank`).
 * Counts stay below 2^n, exact in doubles while n ≤ 53; R uses this only for n < 50.
 */
export function signedRankCounts(n: number): number[] {
  if (!Number.isInteger(n) || n < 0 || n > 53) {
    throw new RangeError(`exact signed-rank counts need an integer 0 <= n <= 53, got ${n}`)
  }
  const maximum = (n * (n + 1)) / 2
  const counts = new Array<number>(maximum + 1).fill(0)
  counts[0] = 1
  for (let rank = 1; rank <= n; rank += 1) {
    const reachable = (rank * (rank + 1)) / 2
    for (let sum = reachable; sum >= rank; sum -= 1) counts[sum] += counts[sum - rank]
  }
  return counts
}

/** P(V ≤ v), R's `psignrank(v, n)`. */
export function signedRankCdf(v: number, n: number): number {
  const counts = signedRankCounts(n)
  const upTo = Math.min(Math.floor(v + 1e-7), counts.length - 1)
  let favourable = 0
  for (let sum = 0; sum <= upTo; sum += 1) favourable += counts[sum]
  return favourable / 2 ** n
}
