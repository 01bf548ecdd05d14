/**
 * The running aggregates a report keeps per group so it never has to reload raw scores:
 * the count, the sum and the sum of squares.
 */
export type SufficientStatistics = {
  n: number
  sum: number
  sumSquares: number
}

/** A sample reduced to what every t-based method needs. */
export type SampleSummary = {
  n: number
  /** null when n = 0 */
  mean: number | null
  /** The unbiased (n − 1) variance; null when n < 2. */
  variance: number | null
}
