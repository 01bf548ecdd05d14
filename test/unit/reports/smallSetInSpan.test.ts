import { describe, expect, it } from 'vitest'

import { smallSetInSpan } from '../../../src/evaluation/reports/disclosure/smallSetInSpan'

/** Cells with these many respondents each; a set weighs the sum. */
const check = (sizes: number[], published: number[][], k = 5) =>
  smallSetInSpan({
    cellCount: sizes.length,
    k,
    published,
    weightOf: (cells) => cells.reduce((sum, cell) => sum + sizes[cell], 0),
  })

describe('smallSetInSpan', () => {
  it('finds a small group left by a set nested in another (poster minus French)', () => {
    // Cells: 0 web/es (12), 1 poster/fr (8), 2 poster/es (2).
    const verdict = check([12, 8, 2], [[0, 1, 2], [1, 2], [1]])
    expect(verdict).toEqual({ safe: false, undecided: false, witness: [2] })
  })

  it('finds a small group only a combination of three sets gives (whole − web − French)', () => {
    // Cells: 0 web/es (12), 1 poster/fr (8), 2 poster/es (2); published: all, web, French.
    expect(check([12, 8, 2], [[0, 1, 2], [0], [1]])).toMatchObject({ safe: false, witness: [2] })
  })

  it('lets margins through that isolate nobody: a full 2 × 2 of small cells', () => {
    // Rows {0,1}, {2,3}; columns {0,2}, {1,3}; each cell 3 respondents, each margin 6.
    expect(
      check(
        [3, 3, 3, 3],
        [
          [0, 1, 2, 3],
          [0, 1],
          [0, 2],
        ],
      ),
    ).toEqual({ safe: true })
  })

  it('finds a union of small cells under k, not only single cells', () => {
    // Total minus the one large cell shown gives cells 1 and 2 together: 2 + 2 < 5.
    expect(check([20, 2, 2], [[0, 1, 2], [0]])).toMatchObject({ safe: false, witness: [1, 2] })
  })

  it('accepts a union of small cells that reaches k', () => {
    expect(check([20, 3, 3], [[0, 1, 2], [0]])).toEqual({ safe: true })
  })

  it('ignores cells that hold nobody', () => {
    expect(check([20, 0, 7], [[0, 1, 2], [0, 1], [2]])).toEqual({ safe: true })
  })

  it('says undecided, not safe, past its search limit', () => {
    // 20 published pairs of cells under k, weighed as distinct counts (no pruning by size):
    // 2^20 combinations to try, past the limit.
    const published = Array.from({ length: 20 }, (_, index) => [2 * index, 2 * index + 1])
    const verdict = smallSetInSpan({
      cellCount: 40,
      k: 5,
      published,
      weightOf: (cells) => 3 * cells.length,
    })
    expect(verdict).toEqual({ safe: false, undecided: true })
  })

  it('prunes sums by size: the same pairs, weighed as sums, are shown safe', () => {
    const published = Array.from({ length: 20 }, (_, index) => [2 * index, 2 * index + 1])
    const sizes = Array.from({ length: 40 }, () => 3)
    expect(
      smallSetInSpan({
        additive: true,
        cellCount: 40,
        k: 5,
        published,
        weightOf: (cells) => cells.reduce((sum, cell) => sum + sizes[cell], 0),
      }),
    ).toEqual({ safe: true })
  })
})
