import { describe, expect, it } from 'vitest'

import { wilsonInterval } from '../../../src/evaluation/statistics/index.js'
import { expectSignificant } from './expectSignificant.js'

// Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of
// seven methods", Statistics in Medicine 17:857–872, Table II, method 3 (score, no continuity
// correction), printed to 4 decimals. Six digits: the Wilson formula with z = norm.ppf(0.975)
// in NumPy, identical to SciPy 1.17.1 binomtest(x, n).proportion_ci(0.95, method='wilson').
describe('wilsonInterval', () => {
  it.each([
    [81, 263, 0.255289, 0.36621, 0.2553, 0.3662],
    [15, 148, 0.0623864, 0.160487, 0.0624, 0.1605],
    [1, 29, 0.00611321, 0.171755, 0.0061, 0.1718],
  ])('%d/%d', (x, n, lower, upper, newcombeLower, newcombeUpper) => {
    const result = wilsonInterval(x, n)
    expectSignificant(result.lower, lower)
    expectSignificant(result.upper, upper)
    expect(result.lower).toBeCloseTo(newcombeLower, 4)
    expect(result.upper).toBeCloseTo(newcombeUpper, 4)
    expect(result.proportion).toBe(x / n)
  })

  it('0/20: lower bound exactly 0 (Newcombe: 0 to 0.1611)', () => {
    const result = wilsonInterval(0, 20)
    expect(result.lower).toBe(0)
    expectSignificant(result.upper, 0.161125)
    expect(result.upper).toBeCloseTo(0.1611, 4)
  })

  it('x = n: upper bound exactly 1', () => {
    // SciPy: binomtest(29, 29).proportion_ci(method='wilson') → (0.88303, 1)
    const all = wilsonInterval(29, 29)
    expect(all.upper).toBe(1)
    expectSignificant(all.lower, 0.88303)
    expectSignificant(wilsonInterval(20, 20).lower, 0.838875)
  })

  it('uses the confidence level like prop.test(conf.level = 0.9)', () => {
    // z = norm.ppf(0.95) in the same formula
    const result = wilsonInterval(81, 263, 0.9)
    expectSignificant(result.lower, 0.263314)
    expectSignificant(result.upper, 0.356566)
  })

  it('has no interval without trials and rejects impossible counts', () => {
    expect(wilsonInterval(0, 0)).toEqual({
      successes: 0,
      trials: 0,
      proportion: null,
      lower: null,
      upper: null,
    })
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError)
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError)
  })
})
