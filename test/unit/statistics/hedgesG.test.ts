import { describe, expect, it } from 'vitest'

import {
  hedgesCorrection,
  hedgesG,
  summarizeSample,
} from '../../../src/evaluation/statistics/index.js'
import { expectSignificant } from './expectSignificant.js'

describe('hedgesCorrection (exact J)', () => {
  // J(m) = Γ(m/2) / (√(m/2) Γ((m − 1)/2)) (Hedges 1981, J. Educ. Stat. 6:107) has closed
  // forms at small m: J(2) = 1/√π, J(3) = Γ(3/2) / √(3/2) = (√π/2) / √1.5, J(4) = √(2/π).
  it('equals the closed forms at small df', () => {
    expectSignificant(hedgesCorrection(2), 1 / Math.sqrt(Math.PI), 12)
    expectSignificant(hedgesCorrection(4), Math.sqrt(2 / Math.PI), 12)
    expectSignificant(hedgesCorrection(3), Math.sqrt(Math.PI) / 2 / Math.sqrt(1.5), 12)
  })

  it.each([
    // exp(gammaln(m/2) − log(sqrt(m/2)) − gammaln((m − 1)/2)), SciPy 1.17.1; the same
    // expression is effectsize's `J` in R.
    [5, 0.840749],
    [10, 0.922746],
    [18, 0.957646],
    [30, 0.974754],
    [100, 0.992478],
    [1000, 0.99925],
  ])('J(%d)', (df, expected) => {
    expectSignificant(hedgesCorrection(df), expected)
  })

  it('differs from the approximation 1 − 3/(4df − 1) in the third digit at small df', () => {
    // J(10) = 0.922746 against 1 − 3/39 = 0.923077: not interchangeable at six digits.
    expect(Math.abs(hedgesCorrection(10) - (1 - 3 / 39))).toBeGreaterThan(3e-4)
  })

  it('rejects df <= 1', () => {
    expect(() => hedgesCorrection(1)).toThrow(RangeError)
  })
})

describe('hedgesG', () => {
  it('matches effectsize::hedges_g(mpg ~ am, data = mtcars): -1.44 (README), -1.44064', () => {
    const automatic = summarizeSample([
      21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4, 14.7, 21.5,
      15.5, 15.2, 13.3, 19.2,
    ])
    const manual = summarizeSample([
      21.0, 21.0, 22.8, 32.4, 30.4, 33.9, 27.3, 26.0, 30.4, 15.8, 19.7, 15.0, 21.4,
    ])
    expectSignificant(hedgesG(automatic, manual), -1.44064)
    expectSignificant(hedgesG(manual, automatic), 1.44064)
  })

  it('is null without two values per group or without spread', () => {
    expect(hedgesG(summarizeSample([1]), summarizeSample([1, 2]))).toBeNull()
    expect(hedgesG(summarizeSample([1, 1]), summarizeSample([2, 2]))).toBeNull()
  })
})
