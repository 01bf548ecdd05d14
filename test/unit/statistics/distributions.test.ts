import { describe, expect, it } from 'vitest'

import {
  binomialCdf,
  binomialPmf,
  binomialSurvival,
  chiSquareCdf,
  chiSquareSurvival,
  normalCdf,
  normalQuantile,
  normalSurvival,
  studentTCdf,
  studentTQuantile,
  studentTTwoSidedP,
} from '../../../src/evaluation/statistics/index.js'
import { expectSignificant } from './expectSignificant.js'

// Published anchors are R's printed values (6–7 digits). The 12-digit references come from
// mpmath at 50 digits (mp.ncdf, mp.betainc for t, mp.gammainc for chi-square, exact binomial
// sums) and agree with SciPy 1.17.1 (scipy.stats.norm, t, chi2, binom .cdf/.sf/.ppf/.pmf).
// They are checked to 11 significant digits, the module's ≤ 1e-10 relative accuracy claim.

describe('normal distribution', () => {
  it('matches R: pnorm(1.96) = 0.9750021, qnorm(0.975) = 1.959964', () => {
    expectSignificant(normalCdf(1.96), 0.9750021, 7)
    expectSignificant(normalQuantile(0.975), 1.959964, 7)
  })

  it.each([
    [-37, 5.72557122252e-300],
    [-10, 7.61985302416e-24],
    [-5, 2.86651571879e-7],
    [-1.96, 0.0249978951482],
    [-1, 0.158655253931],
    [0.3, 0.617911422189],
    [1.5, 0.933192798731],
    [3, 0.998650101968],
  ])('Φ(%d)', (x, expected) => {
    expectSignificant(normalCdf(x), expected, 11)
  })

  it('is exactly ½ at 0 and symmetric', () => {
    expect(normalCdf(0)).toBe(0.5)
    expectSignificant(normalSurvival(5), 2.86651571879e-7, 11)
  })

  it.each([
    [1e-300, -37.0470962994],
    [1e-20, -9.2623400898],
    [1e-10, -6.3613409024],
    [0.001, -3.09023230617],
    [0.02425, -1.97296105131], // the switch between Acklam's two regions
    [0.025, -1.95996398454],
    [0.2, -0.841621233573],
    [0.7, 0.524400512708],
    [0.975, 1.95996398454],
    [0.999999, 4.75342430882],
  ])('Φ⁻¹(%d)', (p, expected) => {
    expectSignificant(normalQuantile(p), expected, 11)
  })

  it('rejects probabilities outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(RangeError)
    expect(() => normalQuantile(1)).toThrow(RangeError)
  })
})

describe('Student t distribution', () => {
  it("matches R's t table: qt(0.975, 9) = 2.262157, qt(0.975, 1) = 12.7062", () => {
    expectSignificant(studentTQuantile(0.975, 9), 2.262157, 7)
    expectSignificant(studentTQuantile(0.975, 1), 12.7062, 6)
  })

  it.each([
    [-4.0621, 9, 0.00283300784039],
    [1.8608, 17.776, 0.0793965781398],
    [0.001, 5, 0.999240786772],
    [50, 3, 1.76171520413e-5],
    [-2, 1, 0.295167235301],
    [3, 1e6, 0.00269986254142],
    [2, 1e4, 0.0455272606614],
    [-12, 30, 5.5801854152e-13],
    [0.5, 0.7, 0.730401686682],
  ])('two-sided p for t = %d, df = %d', (t, df, expected) => {
    expectSignificant(studentTTwoSidedP(t, df), expected, 11)
  })

  it.each([
    [-4.0621, 9, 0.00141650392019],
    [1.8608, 17.776, 0.96030171093],
    [0.001, 5, 0.500379606614],
    [50, 3, 0.999991191424],
    [-12, 30, 2.7900927076e-13],
  ])('CDF at t = %d, df = %d', (t, df, expected) => {
    expectSignificant(studentTCdf(t, df), expected, 11)
  })

  it.each([
    [0.975, 1, 12.7062047362],
    [0.975, 2, 4.30265272975],
    [0.975, 3, 3.18244630528],
    [0.975, 9, 2.2621571628],
    [0.975, 17.776, 2.10282131038],
    [0.975, 1e4, 1.96020123989],
    [0.975, 1e6, 1.95996635681],
    [0.995, 4, 4.60409487135],
    [0.6, 7, 0.263166861352],
    [1e-10, 3, -2225.76928468],
    [0.025, 0.5, -164.557673481],
    [1e-6, 1, -318309.886183],
  ])('quantile p = %d, df = %d', (p, df, expected) => {
    expectSignificant(studentTQuantile(p, df), expected, 11)
  })

  it('has median 0 and rejects bad degrees of freedom', () => {
    expect(studentTQuantile(0.5, 4)).toBe(0)
    expect(() => studentTCdf(1, 0)).toThrow(RangeError)
    expect(() => studentTQuantile(0.9, Number.NaN)).toThrow(RangeError)
  })
})

describe('chi-square distribution', () => {
  it('matches R: qchisq(0.95, 1) = 3.841459 is the 5% point', () => {
    expectSignificant(chiSquareSurvival(3.841458820694124, 1), 0.05, 11)
  })

  it.each([
    [16.81779661016949, 1, 4.11456228135e-5, 0.999958854377],
    [0.5, 1, 0.479500122187, 0.520499877813],
    [1e-6, 1, 0.999202115572, 0.000797884427822],
    [60, 1, 9.48573757107e-15, 1],
    [3, 4, 0.557825400371, 0.442174599629],
    [100, 50, 3.45493138299e-5, 0.999965450686],
  ])('x = %d, df = %d', (x, df, upper, lower) => {
    expectSignificant(chiSquareSurvival(x, df), upper, 11)
    expectSignificant(chiSquareCdf(x, df), lower, 11)
  })

  it('puts no mass below 0', () => {
    expect(chiSquareCdf(0, 1)).toBe(0)
    expect(chiSquareSurvival(-1, 1)).toBe(1)
  })
})

describe('binomial distribution', () => {
  it.each([
    [3, 10, 0.5, 0.1171875, 0.171875, 0.828125], // exact: 120/1024, 176/1024
    [86, 236, 0.5, 8.22546621956e-6, 1.85796806979e-5, 0.999981420319],
    [0, 20, 0.3, 0.000797922662976, 0.000797922662976, 0.999202077337],
    [500, 1000, 0.5, 0.0252250181784, 0.512612509089, 0.487387490911],
    [5, 7, 0.9, 0.1240029, 0.1496944, 0.8503056],
  ])('k = %d, n = %d, p = %d', (k, n, p, pmf, cdf, survival) => {
    expectSignificant(binomialPmf(k, n, p), pmf, 11)
    expectSignificant(binomialCdf(k, n, p), cdf, 11)
    expectSignificant(binomialSurvival(k, n, p), survival, 11)
  })

  it('handles the edges of the support and of p', () => {
    expect(binomialPmf(11, 10, 0.5)).toBe(0)
    expect(binomialCdf(-1, 10, 0.5)).toBe(0)
    expect(binomialCdf(10, 10, 0.5)).toBe(1)
    expect(binomialSurvival(10, 10, 0.5)).toBe(0)
    expect(binomialPmf(0, 5, 0)).toBe(1)
    expect(binomialPmf(5, 5, 1)).toBe(1)
    expect(binomialCdf(2, 5, 0)).toBe(1)
  })
})
