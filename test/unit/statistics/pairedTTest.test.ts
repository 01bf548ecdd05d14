import { describe, expect, it } from 'vitest'

import {
  pairedTTest,
  pairedTTestFromDifferences,
  sufficientStatistics,
} from '../../../src/evaluation/statistics/index.js'
import { expectSignificant } from './expectSignificant.js'

// R's `sleep` data, the example on R's ?t.test page.
const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]

describe('pairedTTest', () => {
  it('matches t.test(extra ~ group, data = sleep, paired = TRUE)', () => {
    // R prints: t = -4.0621, df = 9, p-value = 0.002833;
    // 95 percent confidence interval: -2.4598858 -0.7001142; mean difference -1.58.
    // Six digits from SciPy 1.17.1 ttest_rel(drug1, drug2): statistic -4.06213,
    // pvalue 0.00283289, confidence_interval() (-2.45989, -0.700114); d_z = mean / np.std(d,
    // ddof=1) = -1.58 / 1.22999 = -1.28456 (Lakens 2013, eq. 6).
    const result = pairedTTest(drug1, drug2)
    expect(result.n).toBe(10)
    expect(result.df).toBe(9)
    expectSignificant(result.meanDiff, -1.58)
    expectSignificant(result.sd, 1.23)
    expectSignificant(result.standardError, 0.388959)
    expectSignificant(result.t, -4.06213)
    expectSignificant(result.p, 0.00283289)
    expectSignificant(result.ciLower, -2.45989)
    expectSignificant(result.ciUpper, -0.700114)
    expectSignificant(result.cohensDz, -1.28456)
    // R's own printed digits
    expectSignificant(result.t, -4.0621, 5)
    expectSignificant(result.p, 0.002833, 4)
    expectSignificant(result.ciLower, -2.4598858, 8)
    expectSignificant(result.ciUpper, -0.7001142, 7)
  })

  it('gives a 99% interval like t.test(..., conf.level = 0.99)', () => {
    // SciPy: ttest_rel(drug1, drug2).confidence_interval(0.99)
    const result = pairedTTest(drug1, drug2, 0.99)
    expectSignificant(result.ciLower, -2.84405)
    expectSignificant(result.ciUpper, -0.315948)
  })

  it('gives the same test from the running sums of the differences', () => {
    const differences = drug1.map((value, index) => value - drug2[index])
    const result = pairedTTestFromDifferences(sufficientStatistics(differences))
    expectSignificant(result.t, -4.06213)
    expectSignificant(result.p, 0.00283289)
    expectSignificant(result.ciLower, -2.45989)
    expectSignificant(result.ciUpper, -0.700114)
    expectSignificant(result.cohensDz, -1.28456)
  })

  describe('degenerate input', () => {
    it('no pairs: n 0 and nothing else', () => {
      const result = pairedTTest([], [])
      expect(result.n).toBe(0)
      expect(result.meanDiff).toBeNull()
      expect(result.p).toBeNull()
      expect(result.df).toBeNull()
    })

    it('one pair: the difference but no test', () => {
      const result = pairedTTest([0.8], [0.5])
      expect(result.meanDiff).toBeCloseTo(0.3, 15)
      expect(result.sd).toBeNull()
      expect(result.t).toBeNull()
      expect(result.p).toBeNull()
      expect(result.cohensDz).toBeNull()
    })

    it('every respondent gained the same: sd 0, t/p/interval/d_z null, not Infinity', () => {
      const result = pairedTTest([0.5, 0.75, 1], [0.25, 0.5, 0.75])
      expect(result.meanDiff).toBe(0.25)
      expect(result.sd).toBe(0)
      expect(result.df).toBe(2)
      expect(result.t).toBeNull()
      expect(result.p).toBeNull()
      expect(result.ciLower).toBeNull()
      expect(result.ciUpper).toBeNull()
      expect(result.cohensDz).toBeNull()
    })

    it('no change at all: mean 0 and sd 0 still give null, not NaN', () => {
      const result = pairedTTest([0.5, 0.5], [0.5, 0.5])
      expect(result.meanDiff).toBe(0)
      expect(result.t).toBeNull()
      expect(result.p).toBeNull()
    })

    it('rejects unequal lengths and non-finite values', () => {
      expect(() => pairedTTest([1, 2], [1])).toThrow(RangeError)
      expect(() => pairedTTest([1, Number.POSITIVE_INFINITY], [1, 2])).toThrow(RangeError)
    })
  })
})
