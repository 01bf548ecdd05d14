import { describe, expect, it } from 'vitest'

import { shuffledFor } from '../../../src/delivery/widget/runtime/shuffle'

const choices = ['a', 'b', 'c', 'd']

describe('the widget’s order of choices', () => {
  it('is a permutation, the same for one respondent and item on every reload', () => {
    const order = shuffledFor('respondent-1', 'fee-cap', choices)
    expect([...order].sort()).toEqual(choices)
    expect(shuffledFor('respondent-1', 'fee-cap', choices)).toEqual(order)
    expect(choices).toEqual(['a', 'b', 'c', 'd'])
  })

  it('differs between respondents and items, each choice first about equally often', () => {
    const first = new Map<string, number>()
    const respondents = 8000
    for (let index = 0; index < respondents; index += 1) {
      const [head] = shuffledFor(`respondent-${index}`, 'fee-cap', choices)
      first.set(head, (first.get(head) ?? 0) + 1)
    }
    // χ² goodness of fit against uniform, 3 df: the 0.999 quantile is 16.27 (R: qchisq(0.999, 3)).
    const expected = respondents / choices.length
    const chiSquared = [...first.values()].reduce(
      (sum, n) => sum + (n - expected) ** 2 / expected,
      0,
    )
    expect(first.size).toBe(choices.length)
    expect(chiSquared).toBeLessThan(16.27)
    const orders = new Set(
      Array.from({ length: 50 }, (_, index) =>
        shuffledFor('respondent-1', `item-${index}`, choices).join(''),
      ),
    )
    expect(orders.size).toBeGreaterThan(10)
  })
})
