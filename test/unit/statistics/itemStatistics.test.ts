import { describe, expect, it } from 'vitest'

import {
  correctedItemTotalCorrelation,
  itemSums,
  kr20,
} from '../../../src/evaluation/statistics/index.js'
import { expectSignificant } from './expectSignificant.js'

/**
 * LSAT Section 6 (Bock & Lieberman 1970, Psychometrika 35, 179–197): 1000 examinees, 5 items,
 * as response-pattern frequencies (R: `ltm::LSAT`, `psych::lsat6`). The published proportions
 * right are .924 .709 .553 .763 .870, which this table reproduces. References: KR-20 with NumPy
 * 2.4.6 both as k/(k−1)(1 − Σpq/σ²) and as k/(k−1)(1 − tr C / ΣC) (C the covariance matrix, as
 * psych::alpha computes raw_alpha; psych reports 0.29), the corrected item-total correlations
 * with scipy.stats.pearsonr 1.17.1 on the item and the rest score (psych's r.drop).
 */
const lsat6Patterns: Record<string, number> = {
  '00000': 3,
  '00001': 6,
  '00010': 2,
  '00011': 11,
  '00100': 1,
  '00101': 1,
  '00110': 3,
  '00111': 4,
  '01000': 1,
  '01001': 8,
  '01010': 0,
  '01011': 16,
  '01100': 0,
  '01101': 3,
  '01110': 2,
  '01111': 15,
  '10000': 10,
  '10001': 29,
  '10010': 14,
  '10011': 81,
  '10100': 3,
  '10101': 28,
  '10110': 15,
  '10111': 80,
  '11000': 16,
  '11001': 56,
  '11010': 21,
  '11011': 173,
  '11100': 11,
  '11101': 61,
  '11110': 28,
  '11111': 298,
}
const lsat6 = Object.entries(lsat6Patterns).flatMap(([pattern, frequency]) =>
  Array.from({ length: frequency }, () => [...pattern].map(Number)),
)

/** Twelve respondents, six items; the last one discriminates negatively (SciPy, as above). */
const small = [
  [1, 1, 1, 0, 1, 0],
  [1, 1, 0, 0, 1, 1],
  [1, 0, 1, 1, 1, 0],
  [0, 0, 0, 0, 1, 1],
  [1, 1, 1, 1, 1, 0],
  [0, 1, 0, 0, 0, 1],
  [1, 1, 1, 1, 0, 0],
  [0, 0, 1, 0, 1, 1],
  [1, 1, 1, 1, 1, 0],
  [0, 0, 0, 1, 0, 1],
  [1, 0, 1, 0, 1, 0],
  [1, 1, 1, 1, 1, 1],
]

const kr20Of = (responses: number[][]) => {
  const sums = responses[0].map((_, item) => itemSums(responses, item))
  return kr20({
    correct: sums.map((item) => item.correct),
    n: responses.length,
    totalSum: sums[0].totalSum,
    totalSumSquares: sums[0].totalSumSquares,
  })
}

describe('item statistics against psych::alpha and SciPy', () => {
  it('reproduces the published LSAT-6 proportions and gives its KR-20 and r.drop', () => {
    const sums = [0, 1, 2, 3, 4].map((item) => itemSums(lsat6, item))
    expect(sums.map((item) => item.correct / item.n)).toEqual([0.924, 0.709, 0.553, 0.763, 0.87])
    expectSignificant(kr20Of(lsat6), 0.294997192215944)
    const rDrop = [
      0.112832688922342, 0.15317812011653, 0.172778943291091, 0.144428095247094, 0.121596402547096,
    ]
    sums.forEach((item, index) =>
      expectSignificant(correctedItemTotalCorrelation(item), rDrop[index]),
    )
  })

  it('finds an item that discriminates the wrong way', () => {
    expectSignificant(kr20Of(small), 0.139285714285714)
    const rDrop = [
      0.580947501931113, 0.230807039322724, 0.353553390593274, 0.156173761888606, 0.129459555600631,
      -0.658585559938142,
    ]
    rDrop.forEach((expected, item) =>
      expectSignificant(correctedItemTotalCorrelation(itemSums(small, item)), expected),
    )
  })

  it('merges: the sums of two halves give the figures of the whole', () => {
    const halves = [lsat6.slice(0, 400), lsat6.slice(400)].map((half) => itemSums(half, 2))
    const merged = {
      correct: halves[0].correct + halves[1].correct,
      n: halves[0].n + halves[1].n,
      totalSum: halves[0].totalSum + halves[1].totalSum,
      totalSumSquares: halves[0].totalSumSquares + halves[1].totalSumSquares,
      totalWhenCorrect: halves[0].totalWhenCorrect + halves[1].totalWhenCorrect,
    }
    expectSignificant(correctedItemTotalCorrelation(merged), 0.172778943291091)
  })

  it('is null where the figure is undefined, and refuses malformed counts', () => {
    const everyoneRight = [
      [1, 1],
      [1, 0],
      [1, 1],
    ]
    expect(correctedItemTotalCorrelation(itemSums(everyoneRight, 0))).toBeNull()
    expect(correctedItemTotalCorrelation(itemSums([[1, 0]], 0))).toBeNull()
    expect(kr20({ correct: [2], n: 3, totalSum: 2, totalSumSquares: 2 })).toBeNull()
    expect(kr20({ correct: [3, 3], n: 3, totalSum: 6, totalSumSquares: 12 })).toBeNull()
    expect(() => kr20({ correct: [-1, 2], n: 3, totalSum: 1, totalSumSquares: 1 })).toThrow(
      RangeError,
    )
  })
})
