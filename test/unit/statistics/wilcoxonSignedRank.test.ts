import { describe, expect, it } from 'vitest'

import {
  signedRankCdf,
  signedRankCounts,
  wilcoxonSignedRank,
  wilcoxonSignedRankFromDifferences,
} from '../../../src/evaluation/statistics/index.js'
import { expectSignificant } from './expectSignificant.js'

// SciPy cross-checks use scipy.stats.wilcoxon(d, zero_method='wilcox', correction=True,
// method='exact' | 'asymptotic') (SciPy 1.17.1; 'asymptotic' is the current name of 'approx').
// zero_method='wilcox' drops zeros as R does. SciPy's tie correction (scipy/stats/_wilcoxon.py)
// is se² = (n(n+1)(2n+1) − ½ Σ(t³ − t)) / 24, i.e. R's n(n+1)(2n+1)/24 − Σ(t³ − t)/48, and its
// continuity correction subtracts sign(z)·½ from V − n(n+1)/4, as R does. SciPy's two-sided
// statistic is min(V, n(n+1)/2 − V); R's V is the positive-rank sum, reported here.

describe('wilcoxonSignedRank', () => {
  it("exact: R's ?wilcox.test example (Hollander & Wolfe 1973, p. 29, depression scores)", () => {
    // R: wilcox.test(x, y, paired = TRUE, alternative = "greater") prints V = 40,
    // p-value = 0.01953 (= 10/512). Two-sided is twice that, 0.0390625, as
    // SciPy's wilcoxon(x, y, method='exact') also gives.
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3]
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29]
    const result = wilcoxonSignedRank(x, y)
    expect(result).toMatchObject({ n: 9, zeros: 0, V: 40, method: 'exact' })
    expectSignificant(result.p, 0.0390625)
    expectSignificant(result.p, 2 * 0.01953, 4)
  })

  it("exact, n = 15: Darwin's Zea mays height differences (Wilcoxon 1945; SciPy's example)", () => {
    // SciPy's wilcoxon docstring: wilcoxon(d) gives statistic 24.0, pvalue 0.041259765625;
    // R's V is the other rank sum, 120 − 24 = 96.
    const d = [6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75]
    const result = wilcoxonSignedRankFromDifferences(d)
    expect(result).toMatchObject({ n: 15, zeros: 0, V: 96, method: 'exact' })
    expectSignificant(result.p, 0.0412598)
  })

  it('exact, n = 12, V below its mean', () => {
    // SciPy: wilcoxon(d, method='exact') → pvalue 0.0268555; V = 67 by hand.
    const d = [1.5, -0.3, 2.2, 0.7, -1.1, 3.4, 0.2, 1.9, -0.6, 2.8, 1.2, 0.9]
    const result = wilcoxonSignedRankFromDifferences(d)
    expect(result).toMatchObject({ n: 12, V: 67, method: 'exact' })
    expectSignificant(result.p, 0.0268555)
    const mirrored = wilcoxonSignedRankFromDifferences(d.map((value) => -value))
    expect(mirrored.V).toBe(78 - 67)
    expect(mirrored.p).toBe(result.p)
  })

  it('normal approximation with ties and a zero: the sleep data', () => {
    // R: wilcox.test(extra ~ group, data = sleep, paired = TRUE) warns "cannot compute exact
    // p-value with ties / with zeroes" and prints V = 0, p-value = 0.009091. The differences
    // hold one 0 (dropped) and a tie at |−1.3|. SciPy ('asymptotic', as above): 0.0090907.
    const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
    const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]
    const result = wilcoxonSignedRank(drug1, drug2)
    expect(result).toMatchObject({ n: 9, zeros: 1, V: 0, method: 'normal' })
    expectSignificant(result.p, 0.0090907)
    expectSignificant(result.p, 0.009091, 4)
  })

  it('normal approximation with many ties and zeros, n = 38', () => {
    // Integer score changes from NumPy default_rng(7).integers(-3, 6, size=40). SciPy
    // ('asymptotic', as above) and R's formula evaluated in NumPy both give 0.000261373.
    const d = [
      5, 2, 3, 5, 2, 3, 4, -1, -3, -1, -1, 4, 5, -3, 1, 4, -2, 4, -2, 1, 4, -1, 0, -1, 3, -1, 5, 1,
      1, 1, 2, 1, 1, 5, 4, 4, 3, 2, 0, 5,
    ]
    const result = wilcoxonSignedRankFromDifferences(d)
    expect(result).toMatchObject({ n: 38, zeros: 2, V: 621, method: 'normal' })
    expectSignificant(result.p, 0.000261373)
  })

  it('normal approximation without ties once n reaches 50', () => {
    // d_i = i + 0.25, or −(i − 0.25) when 3 divides i, i = 1…60: no ties, no zeros.
    // SciPy ('asymptotic', as above): pvalue 0.0362265; V = 1200 by rank sum.
    const d = Array.from({ length: 60 }, (_, index) => {
      const i = index + 1
      return i % 3 === 0 ? -(i - 0.25) : i + 0.25
    })
    const result = wilcoxonSignedRankFromDifferences(d)
    expect(result).toMatchObject({ n: 60, zeros: 0, V: 1200, method: 'normal' })
    expectSignificant(result.p, 0.0362265)
  })

  it('exact p equals brute-force enumeration of all sign patterns', () => {
    for (let n = 1; n <= 10; n += 1) {
      const maximum = (n * (n + 1)) / 2
      const sums = new Array<number>(maximum + 1).fill(0)
      for (let pattern = 0; pattern < 2 ** n; pattern += 1) {
        let sum = 0
        for (let rank = 1; rank <= n; rank += 1) if (pattern & (1 << (rank - 1))) sum += rank
        sums[sum] += 1
      }
      expect(signedRankCounts(n)).toEqual(sums)
      expect(signedRankCdf(maximum, n)).toBe(1)
    }
  })

  describe('degenerate input', () => {
    it('no differences at all', () => {
      expect(wilcoxonSignedRankFromDifferences([])).toEqual({
        n: 0,
        zeros: 0,
        V: 0,
        p: null,
        method: 'exact',
      })
    })

    it('only zero differences: p is null, not NaN (R gives NaN here)', () => {
      expect(wilcoxonSignedRank([0.5, 0.7], [0.5, 0.7])).toEqual({
        n: 0,
        zeros: 2,
        V: 0,
        p: null,
        method: 'normal',
      })
    })

    it('a single non-zero difference: p = 1', () => {
      const result = wilcoxonSignedRankFromDifferences([0.2])
      expect(result).toMatchObject({ n: 1, V: 1, p: 1, method: 'exact' })
    })

    it('rejects unequal lengths and non-finite values', () => {
      expect(() => wilcoxonSignedRank([1], [1, 2])).toThrow(RangeError)
      expect(() => wilcoxonSignedRankFromDifferences([Number.NaN])).toThrow(RangeError)
    })
  })
})
