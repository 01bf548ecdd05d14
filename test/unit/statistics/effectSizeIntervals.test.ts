import { describe, expect, it } from 'vitest'

import {
  cohensDzInterval,
  hedgesG,
  hedgesGInterval,
  pairedTTest,
} from '../../../src/evaluation/statistics/index.js'
import { expectSignificant } from './expectSignificant.js'

/**
 * Reference intervals for d_z: the noncentral-t pivot of MBESS::ci.sm(sm = d_z, N = n) (Kelley
 * 2007, J. Stat. Softw. 20(8)), computed in SciPy 1.17.1 as brentq on
 * stats.nct.cdf(d_z·√n, n − 1, δ) − 0.975 (and − 0.025), divided by √n; printed to 6 digits.
 */
describe('cohensDzInterval (noncentral t)', () => {
  it("Student's sleep data (R's `sleep`): d_z 1.28456, 95 % CI 0.414628 to 2.11802", () => {
    // The ten patients' extra hours of sleep on drug 2 and on drug 1, as in t.test(paired = TRUE).
    const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
    const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]
    const test = pairedTTest(drug2, drug1)
    expectSignificant(test.cohensDz, 1.28456)
    const interval = cohensDzInterval(test.cohensDz, test.n)
    expectSignificant(interval.lower, 0.414628)
    expectSignificant(interval.upper, 2.11802)
    const ninety = cohensDzInterval(test.cohensDz, test.n, 0.9)
    expectSignificant(ninety.lower, 0.54464)
    expectSignificant(ninety.upper, 1.97462)
  })

  it.each([
    [0.5, 30, 0.116101, 0.876261],
    [-0.3, 12, -0.872769, 0.285617],
    [0.0, 20, -0.438261, 0.438261],
    [2.5, 8, 1.02841, 3.93895],
    [0.25, 400, 0.150327, 0.349368],
    [1.0, 1000, 0.92391, 1.07575],
    [0.8, 5000, 0.768123, 0.831815],
  ])('d_z %d, n %d', (dz, n, lower, upper) => {
    const interval = cohensDzInterval(dz, n)
    expectSignificant(interval.lower, lower)
    expectSignificant(interval.upper, upper)
  })

  it('is null without a d_z or with fewer than two pairs', () => {
    expect(cohensDzInterval(null, 30)).toEqual({ lower: null, upper: null })
    expect(cohensDzInterval(0.4, 1)).toEqual({ lower: null, upper: null })
  })
})

/**
 * Hedges' g with the Hedges & Olkin (1985) large-sample variance at g, as metafor::escalc(
 * measure = "SMD") computes vi; interval g ± 1.959964·√vi. Borenstein, Hedges, Higgins &
 * Rothstein (2009), Introduction to Meta-Analysis, ch. 4 worked example (means 103 and 100, SDs
 * 5.5 and 4.5, 50 per group) prints d = 0.5970 and g = 0.5924; the six-digit figures are the
 * same formulas in SciPy 1.17.1 (exact J, norm.ppf(0.975)).
 */
describe('hedgesGInterval (Hedges & Olkin variance)', () => {
  it('Borenstein et al. (2009): g 0.5924, 95 % CI 0.191940 to 0.992939', () => {
    const treated = { mean: 103, n: 50, variance: 5.5 ** 2 }
    const control = { mean: 100, n: 50, variance: 4.5 ** 2 }
    const g = hedgesG(treated, control)
    expect(g).toBeCloseTo(0.5924, 4)
    expectSignificant(g, 0.59244)
    const interval = hedgesGInterval(g, 50, 50)
    expectSignificant(interval.lower, 0.19194)
    expectSignificant(interval.upper, 0.992939)
  })

  it('small unequal groups, at 95 % and 90 %', () => {
    const a = { mean: 0.7, n: 12, variance: 0.2 ** 2 }
    const b = { mean: 0.55, n: 9, variance: 0.25 ** 2 }
    const g = hedgesG(a, b)
    expectSignificant(g, 0.647344)
    expectSignificant(hedgesGInterval(g, 12, 9).lower, -0.238816)
    expectSignificant(hedgesGInterval(g, 12, 9).upper, 1.5335)
    expectSignificant(hedgesGInterval(g, 12, 9, 0.9).lower, -0.0963448)
    expectSignificant(hedgesGInterval(g, 12, 9, 0.9).upper, 1.39103)
  })

  it('is null without a g or with a group of fewer than two', () => {
    expect(hedgesGInterval(null, 10, 10)).toEqual({ lower: null, upper: null })
    expect(hedgesGInterval(0.5, 1, 10)).toEqual({ lower: null, upper: null })
  })
})
