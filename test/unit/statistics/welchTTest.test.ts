import { describe, expect, it } from 'vitest'

import {
  sufficientStatistics,
  welchTTest,
  welchTTestFromSufficientStatistics,
} from '../../../src/evaluation/statistics/index.js'
import { expectSignificant } from './expectSignificant.js'

// R's `sleep` data, the example on R's ?t.test page.
const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]

// R's `mtcars$mpg` split by transmission (am = 0 automatic, am = 1 manual).
const automatic = [
  21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4, 14.7, 21.5, 15.5,
  15.2, 13.3, 19.2,
]
const manual = [21.0, 21.0, 22.8, 32.4, 30.4, 33.9, 27.3, 26.0, 30.4, 15.8, 19.7, 15.0, 21.4]

describe('welchTTest', () => {
  it('matches t.test(extra ~ group, data = sleep)', () => {
    // R prints: t = -1.8608, df = 17.776, p-value = 0.07939;
    // 95 percent confidence interval: -3.3654832 0.2054832.
    // Six digits: SciPy 1.17.1 ttest_ind(drug1, drug2, equal_var=False): statistic -1.86081,
    // df 17.7765, pvalue 0.0793941, confidence_interval() (-3.36548, 0.205483).
    const result = welchTTest(drug1, drug2)
    expect(result.n1).toBe(10)
    expect(result.n2).toBe(10)
    expectSignificant(result.meanDiff, -1.58)
    expectSignificant(result.standardError, 0.849091)
    expectSignificant(result.t, -1.86081)
    expectSignificant(result.df, 17.7765)
    expectSignificant(result.p, 0.0793941)
    expectSignificant(result.ciLower, -3.36548)
    expectSignificant(result.ciUpper, 0.205483)
    // R's own printed digits
    expectSignificant(result.t, -1.8608, 5)
    expectSignificant(result.df, 17.776, 5)
    expectSignificant(result.p, 0.07939, 4)
    expectSignificant(result.ciLower, -3.3654832, 8)
    expectSignificant(result.ciUpper, 0.2054832, 7)
    // Hedges' g with the exact J(18): d = -0.832181 (pooled SD), g = d · 0.957646 = -0.796935
    // (NumPy pooled SD, scipy.special.gammaln for J).
    expectSignificant(result.hedgesG, -0.796935)
  })

  it('matches t.test(mpg ~ am, data = mtcars) and effectsize::hedges_g', () => {
    // R prints: t = -3.7671, df = 18.332, p-value = 0.001374;
    // 95 percent confidence interval: -11.280194 -3.209684.
    // effectsize's README prints hedges_g(mpg ~ am, data = mtcars) = -1.44 (exact J).
    // Six digits: SciPy ttest_ind(automatic, manual, equal_var=False) gives -3.76712, 18.3323,
    // 0.00137364, (-11.2802, -3.20968); g = -1.47795 · J(30) = -1.47795 · 0.974754 = -1.44064.
    const result = welchTTest(automatic, manual)
    expect(result.n1).toBe(19)
    expect(result.n2).toBe(13)
    expectSignificant(result.t, -3.76712)
    expectSignificant(result.df, 18.3323)
    expectSignificant(result.p, 0.00137364)
    expectSignificant(result.ciLower, -11.2802)
    expectSignificant(result.ciUpper, -3.20968)
    expectSignificant(result.hedgesG, -1.44064)
    expectSignificant(result.t, -3.7671, 5)
    expectSignificant(result.df, 18.332, 5)
    expectSignificant(result.p, 0.001374, 4)
    expectSignificant(result.ciLower, -11.280194, 8)
    expectSignificant(result.ciUpper, -3.209684, 7)
    expectSignificant(result.hedgesG, -1.44, 3)
  })

  it('gives the same test from running sums', () => {
    const result = welchTTestFromSufficientStatistics(
      sufficientStatistics(automatic),
      sufficientStatistics(manual),
    )
    expectSignificant(result.t, -3.76712)
    expectSignificant(result.df, 18.3323)
    expectSignificant(result.p, 0.00137364)
    expectSignificant(result.ciLower, -11.2802)
    expectSignificant(result.ciUpper, -3.20968)
    expectSignificant(result.hedgesG, -1.44064)
  })

  describe('degenerate input', () => {
    it('an empty group: no mean difference', () => {
      const result = welchTTest([], [0.5, 0.6])
      expect(result.n1).toBe(0)
      expect(result.meanDiff).toBeNull()
      expect(result.p).toBeNull()
    })

    it('a group of one: the mean difference only', () => {
      const result = welchTTest([0.9], [0.5, 0.6])
      expect(result.meanDiff).toBeCloseTo(0.35, 15)
      expect(result.t).toBeNull()
      expect(result.df).toBeNull()
      expect(result.hedgesG).toBeNull()
    })

    it('both groups constant: standard error 0, everything else null', () => {
      const result = welchTTest([0.5, 0.5, 0.5], [0.8, 0.8])
      expect(result.standardError).toBe(0)
      expect(result.t).toBeNull()
      expect(result.df).toBeNull()
      expect(result.p).toBeNull()
      expect(result.ciLower).toBeNull()
      expect(result.hedgesG).toBeNull()
    })

    it('one constant group: df falls back to the other group alone', () => {
      const result = welchTTest([0.5, 0.5, 0.5], [0.6, 0.8, 0.7, 0.9])
      expect(result.df).toBeCloseTo(3, 12)
      expect(result.p).not.toBeNull()
    })
  })
})
