import { describe, expect, it } from 'vitest'

import { binomialTestPValue, mcnemarTest } from '../../../src/evaluation/statistics/index.js'
import { expectSignificant } from './expectSignificant.js'

describe('mcnemarTest', () => {
  it("matches R's ?mcnemar.test example (Agresti 1990, p. 350, presidential approval)", () => {
    // Performance <- matrix(c(794, 86, 150, 570), nrow = 2): R fills by column, so the
    // discordant cells are [1, 2] = 150 (approve → disapprove) and [2, 1] = 86.
    // R prints: McNemar's chi-squared = 16.818, df = 1, p-value = 4.115e-05.
    // Six digits: (|150 − 86| − 1)² / 236 and SciPy 1.17.1 chi2.sf(16.8178, 1) = 4.11456e-05;
    // exact: binomtest(86, 236, 0.5).pvalue = 3.71594e-05 (R: binom.test(86, 236)).
    const result = mcnemarTest(150, 86)
    expect(result.discordant).toBe(236)
    expect(result.df).toBe(1)
    expectSignificant(result.chiSquared, 16.8178)
    expectSignificant(result.p, 4.11456e-5)
    expectSignificant(result.exactP, 3.71594e-5)
    expectSignificant(result.chiSquared, 16.818, 5)
    expectSignificant(result.p, 4.115e-5, 4)
  })

  it.each([
    // b, c, chi-squared, p (SciPy chi2.sf), exact p (SciPy binomtest(min, b + c, 0.5))
    [1, 1, 0.5, 0.4795, 1],
    [3, 9, 2.08333, 0.148915, 0.145996],
    [0, 6, 4.16667, 0.0412268, 0.03125],
    [12, 5, 2.11765, 0.14561, 0.143463],
    [40, 25, 3.01538, 0.0824779, 0.0816815],
  ])('b = %d, c = %d', (b, c, chiSquared, p, exactP) => {
    const result = mcnemarTest(b, c)
    expectSignificant(result.chiSquared, chiSquared)
    expectSignificant(result.p, p)
    expectSignificant(result.exactP, exactP)
    expect(mcnemarTest(c, b)).toMatchObject({ chiSquared: result.chiSquared, p: result.p })
  })

  it('b + c = 0: no respondent changed, so every figure is null (R: NaN)', () => {
    expect(mcnemarTest(0, 0)).toEqual({
      b: 0,
      c: 0,
      discordant: 0,
      chiSquared: null,
      df: 1,
      p: null,
      exactP: null,
    })
  })

  it('rejects counts that are not non-negative integers', () => {
    expect(() => mcnemarTest(-1, 3)).toThrow(RangeError)
    expect(() => mcnemarTest(1.5, 3)).toThrow(RangeError)
  })
})

describe('binomialTestPValue', () => {
  it("matches R's ?binom.test example (Mendel's peas: 682 of 925 at p = 3/4)", () => {
    // R prints: number of successes = 682, number of trials = 925, p-value = 0.3825.
    // SciPy 1.17.1 binomtest(682, 925, 0.75).pvalue = 0.382492.
    expectSignificant(binomialTestPValue(682, 925, 0.75), 0.382492)
    expectSignificant(binomialTestPValue(682, 925, 0.75), 0.3825, 4)
  })

  it.each([
    // SciPy binomtest(x, n, p).pvalue, which sums outcomes as R's binom.test does
    [3, 10, 0.3, 1],
    [9, 10, 0.3, 0.000143686],
    [0, 5, 0.2, 0.5904],
    [7, 20, 0.5, 0.263176],
  ])('x = %d, n = %d, p = %d', (x, n, p, expected) => {
    expectSignificant(binomialTestPValue(x, n, p), expected)
  })

  it('is null without trials and rejects impossible counts', () => {
    expect(binomialTestPValue(0, 0)).toBeNull()
    expect(() => binomialTestPValue(5, 3)).toThrow(RangeError)
  })
})
