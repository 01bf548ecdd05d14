import { continuedFraction } from './continuedFraction'
import { logBeta } from './logBeta'

/**
 * The regularized incomplete beta function I_x(a, b), by its continued fraction (Numerical
 * Recipes §6.4). Callers that know 1 − x more precisely than x (a t statistic near 0 gives
 * x = df / (df + t²) near 1) pass it as `complement`; the tail probabilities then keep their
 * relative accuracy instead of inheriting the rounding of 1 − x.
 */
export function regularizedIncompleteBeta(
  x: number,
  a: number,
  b: number,
  complement: number = 1 - x,
): number {
  if (x <= 0) return 0
  if (complement <= 0) return 1
  const logX = complement < 0.5 ? Math.log1p(-complement) : Math.log(x)
  const logComplement = x < 0.5 ? Math.log1p(-x) : Math.log(complement)
  const prefactor = Math.exp(a * logX + b * logComplement - logBeta(a, b))
  // The fraction converges quickly only on this side of the mean; beyond it, use the symmetry
  // I_x(a, b) = 1 − I_{1−x}(b, a).
  if (x < (a + 1) / (a + b + 2)) return (prefactor * betaFraction(x, a, b)) / a
  return 1 - (prefactor * betaFraction(complement, b, a)) / b
}

function betaFraction(x: number, a: number, b: number): number {
  // Numerical Recipes 6.4.5: 1 / (1 + d1 / (1 + d2 / (1 + …))).
  return continuedFraction(
    0,
    (index) => {
      if (index === 1) return 1
      const m = Math.floor((index - 1) / 2)
      if ((index - 1) % 2 === 0) return (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m))
      return -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1))
    },
    () => 1,
  )
}
