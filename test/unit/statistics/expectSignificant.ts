import { expect } from 'vitest'

/**
 * Asserts that `actual` equals `expected` to `digits` significant digits: both are scaled so
 * `expected` lies in [1, 10), then compared with `toBeCloseTo` to digits − 1 decimals, i.e. the
 * difference is under half a unit in the last significant digit of `expected`. A null or
 * non-finite `actual` fails, so a missing figure can never pass as "close".
 */
export function expectSignificant(
  actual: number | null | undefined,
  expected: number,
  digits = 6,
): void {
  if (typeof actual !== 'number' || !Number.isFinite(actual)) {
    throw new Error(`expected a finite number close to ${expected}, got ${actual}`)
  }
  if (expected === 0) {
    expect(actual).toBeCloseTo(0, digits)
    return
  }
  const scale = 10 ** Math.floor(Math.log10(Math.abs(expected)))
  expect(actual / scale).toBeCloseTo(expected / scale, digits - 1)
}
