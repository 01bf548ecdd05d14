/**
 * ln Γ(x) for x > 0 by the Lanczos approximation (g = 7, nine terms, Godfrey's coefficients),
 * about 1e-15 relative in Γ. Callers only ever exponentiate differences of these values, so
 * absolute accuracy in ln Γ is what matters; for large arguments `logBeta` avoids the
 * cancellation between big ln Γ values altogether.
 */

const LANCZOS_G = 7

const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
]

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI)

export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) {
    throw new RangeError(`logGamma needs a finite positive argument, got ${x}`)
  }
  // The series loses accuracy below 1/2; the reflection formula moves the argument above it.
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x)
  const shifted = x - 1
  let series = LANCZOS_COEFFICIENTS[0]
  for (let index = 1; index < LANCZOS_COEFFICIENTS.length; index += 1) {
    series += LANCZOS_COEFFICIENTS[index] / (shifted + index)
  }
  const base = shifted + LANCZOS_G + 0.5
  return HALF_LOG_TWO_PI + (shifted + 0.5) * Math.log(base) - base + Math.log(series)
}
