import { describe, expect, it } from 'vitest'

import {
  noncentralityInterval,
  noncentralTCdf,
  studentTCdf,
} from '../../../src/evaluation/statistics/index.js'
import { expectSignificant } from './expectSignificant.js'

describe('noncentralTCdf', () => {
  // scipy.stats.nct.cdf(t, df, nc), SciPy 1.17.1 (Boost's non_central_t), printed to 10
  // significant digits; R's pt(t, df, ncp) is the same function (AS 243).
  it.each([
    [1.5, 10, 1.0, 0.6695168482],
    [-2, 5, 1, 0.00589646229],
    [2, 5, -1, 0.9941035377],
    [0.5, 3, 2.5, 0.02274135526],
    [3, 2.5, 1.2, 0.8261812434],
    [0, 10, 2, 0.02275013195],
    // Noncentralities past AS 243's underflow (about 37), where its sum from j = 0 breaks down.
    [30, 99, 31.6, 0.236872749],
    [60, 500, 55, 0.99020652],
    [10, 1000, 12, 0.02534221015],
  ])('P(T <= %d; df %d, ncp %d)', (t, df, ncp, expected) => {
    expectSignificant(noncentralTCdf(t, df, ncp), expected, 9)
  })

  it('is the central t at ncp 0', () => {
    expect(noncentralTCdf(1.7, 12, 0)).toBe(studentTCdf(1.7, 12))
  })

  it('falls as the noncentrality grows', () => {
    const values = [-2, -1, 0, 1, 2, 3].map((ncp) => noncentralTCdf(1.2, 15, ncp))
    for (let index = 1; index < values.length; index += 1) {
      expect(values[index]).toBeLessThan(values[index - 1])
    }
  })

  it('rejects a df that is not positive and finite', () => {
    expect(() => noncentralTCdf(1, 0, 1)).toThrow(RangeError)
    expect(() => noncentralTCdf(Number.NaN, 3, 1)).toThrow(RangeError)
  })
})

describe('noncentralityInterval', () => {
  it('puts the observed t at the 97.5 % and 2.5 % points of its bounds', () => {
    const { lower, upper } = noncentralityInterval(2.2, 17)
    expect(noncentralTCdf(2.2, 17, lower!)).toBeCloseTo(0.975, 12)
    expect(noncentralTCdf(2.2, 17, upper!)).toBeCloseTo(0.025, 12)
  })

  it('stays right far past AS 243 (t 1498.17 on 499 df: SciPy brentq on nct.cdf)', () => {
    // d_z 67 over 500 pairs: nearly constant differences.
    const { lower, upper } = noncentralityInterval(67 * Math.sqrt(500), 499)
    expectSignificant(lower, 1405.18765675, 9)
    expectSignificant(upper, 1591.06558015, 9)
  })

  it('is null beyond |t| = 2000, where differences are essentially constant', () => {
    expect(noncentralityInterval(2500, 999)).toEqual({ lower: null, upper: null })
  })

  it('is symmetric about 0 at t = 0', () => {
    const { lower, upper } = noncentralityInterval(0, 19)
    expectSignificant(upper, -lower!, 10)
  })
})
