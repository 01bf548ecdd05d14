/**
 * Evaluates b0 + a1 / (b1 + a2 / (b2 + …)) by the modified Lentz method (Thompson & Barnett
 * 1986), which needs no guess of how many terms to take and survives zero partial denominators.
 */

// Stands in for an exact zero so the recurrences never divide by zero.
const TINY = 1e-300

// Relative change at which further terms no longer alter a double.
const TOLERANCE = 1e-15

const MAX_TERMS = 100_000

export function continuedFraction(
  leading: number,
  numerator: (index: number) => number,
  denominator: (index: number) => number,
): number {
  let value = leading === 0 ? TINY : leading
  let upper = value
  let lower = 0
  for (let index = 1; index <= MAX_TERMS; index += 1) {
    const a = numerator(index)
    const b = denominator(index)
    lower = b + a * lower
    if (lower === 0) lower = TINY
    upper = b + a / upper
    if (upper === 0) upper = TINY
    lower = 1 / lower
    const change = upper * lower
    value *= change
    if (Math.abs(change - 1) < TOLERANCE) return value
  }
  // Reaching here means arguments far outside anything a report produces (millions of df).
  throw new RangeError('continued fraction did not converge')
}
