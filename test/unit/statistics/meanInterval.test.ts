import { describe, expect, it } from 'vitest'

import {
  meanInterval,
  meanIntervalFromSufficientStatistics,
  sufficientStatistics,
} from '../../../src/evaluation/statistics/index.js'
import { expectSignificant } from './expectSignificant.js'

// R's `sleep` data (Cushny & Peebles 1905), extra hours of sleep per patient on each drug.
const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]

describe('meanInterval', () => {
  it('matches t.test(x) on the sleep data', () => {
    // R, t.test(extra ~ group, data = sleep) prints the group means 0.75 and 2.33. The 6-digit
    // interval is SciPy 1.17.1: ttest_1samp(drug1, 0).confidence_interval(), np.std(ddof=1).
    const group1 = meanInterval(drug1)
    expect(group1.n).toBe(10)
    expectSignificant(group1.mean, 0.75)
    expectSignificant(group1.sd, 1.78901)
    expectSignificant(group1.ciLower, -0.52978)
    expectSignificant(group1.ciUpper, 2.02978)

    const group2 = meanInterval(drug2)
    expectSignificant(group2.mean, 2.33)
    expectSignificant(group2.sd, 2.00225)
    expectSignificant(group2.ciLower, 0.897678)
    expectSignificant(group2.ciUpper, 3.76232)
  })

  it('gives the same figures from running sums', () => {
    const fromSums = meanIntervalFromSufficientStatistics(sufficientStatistics(drug2))
    expectSignificant(fromSums.mean, 2.33)
    expectSignificant(fromSums.sd, 2.00225)
    expectSignificant(fromSums.ciLower, 0.897678)
    expectSignificant(fromSums.ciUpper, 3.76232)
  })

  it('widens with the confidence level', () => {
    const ninetyNine = meanInterval(drug1, 0.99)
    const ninetyFive = meanInterval(drug1)
    expect(ninetyNine.ciLower).toBeLessThan(ninetyFive.ciLower ?? Number.NaN)
  })

  describe('degenerate input', () => {
    it('empty: only n', () => {
      expect(meanInterval([])).toEqual({
        n: 0,
        mean: null,
        sd: null,
        standardError: null,
        ciLower: null,
        ciUpper: null,
      })
      expect(meanIntervalFromSufficientStatistics({ n: 0, sum: 0, sumSquares: 0 }).mean).toBeNull()
    })

    it('one value: the mean, no spread, no interval', () => {
      expect(meanInterval([0.4])).toEqual({
        n: 1,
        mean: 0.4,
        sd: null,
        standardError: null,
        ciLower: null,
        ciUpper: null,
      })
    })

    it('constant values: sd 0 and no interval (R: "data are essentially constant")', () => {
      const result = meanInterval([0.6, 0.6, 0.6])
      expect(result.sd).toBe(0)
      expect(result.ciLower).toBeNull()
      expect(result.ciUpper).toBeNull()
      const fromSums = meanIntervalFromSufficientStatistics(sufficientStatistics([0.6, 0.6, 0.6]))
      expect(fromSums.ciLower).toBeNull()
    })

    it('rejects malformed input', () => {
      expect(() => meanInterval([1, Number.NaN])).toThrow(RangeError)
      expect(() => meanIntervalFromSufficientStatistics({ n: -1, sum: 0, sumSquares: 0 })).toThrow(
        RangeError,
      )
      expect(() => meanInterval([1, 2], 1)).toThrow(RangeError)
    })
  })
})
