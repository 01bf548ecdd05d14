import { describe, expect, it } from 'vitest'

import {
  expandHistogram,
  histogramKey,
  histogramValue,
} from '../../../src/evaluation/store/histogramKey'

describe('histogram keys', () => {
  it('keeps ties that float arithmetic would split', () => {
    expect(5 / 9 - 2 / 9).not.toBe(4 / 9 - 1 / 9)
    expect(histogramKey(5 / 9 - 2 / 9)).toBe(histogramKey(4 / 9 - 1 / 9))
    expect(histogramKey(-1 / 3)).toBe('-333333333')
    expect(histogramValue(histogramKey(0.7))).toBe(0.7)
  })

  it('expands a histogram into its sorted values', () => {
    expect(expandHistogram(Object.entries({ '-500000000': 1, '0': 2, '250000000': 1 }))).toEqual([
      -0.5, 0, 0, 0.25,
    ])
  })
})
