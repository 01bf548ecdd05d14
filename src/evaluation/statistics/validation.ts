import type { SufficientStatistics } from './types'

/**
 * Input checks. Degenerate but valid data (too few values, no spread) yields null figures;
 * malformed data (NaN, negative counts, mismatched pairs) is a bug upstream and throws, so it
 * is never silently turned into a plausible-looking report.
 */

export function assertFiniteValues(values: readonly number[], name: string): void {
  for (const value of values) {
    if (!Number.isFinite(value)) {
      throw new RangeError(`${name} must be finite numbers, got ${value}`)
    }
  }
}

export function assertSameLength(x: readonly number[], y: readonly number[]): void {
  if (x.length !== y.length) {
    throw new RangeError(`paired samples must have equal lengths, got ${x.length} and ${y.length}`)
  }
}

export function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`)
  }
}

export function assertSufficientStatistics(stats: SufficientStatistics): void {
  assertCount(stats.n, 'n')
  if (!Number.isFinite(stats.sum) || !Number.isFinite(stats.sumSquares) || stats.sumSquares < 0) {
    throw new RangeError(
      `sum and sumSquares must be finite (sumSquares >= 0), got ${stats.sum} and ${stats.sumSquares}`,
    )
  }
}

export function assertConfidenceLevel(level: number): void {
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`confidence level must be between 0 and 1, got ${level}`)
  }
}
