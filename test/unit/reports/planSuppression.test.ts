import { describe, expect, it } from 'vitest'

import {
  type BlockSizes,
  blocks,
  planSuppression,
} from '../../../src/evaluation/reports/planSuppression'

const sizes = (respondents: number, knowledge: Partial<BlockSizes> = {}): BlockSizes => ({
  followup: 0,
  paired: respondents,
  post: respondents,
  pre: respondents,
  respondents,
  retention: 0,
  ...knowledge,
})

const sum = (...rows: BlockSizes[]): BlockSizes =>
  Object.fromEntries(
    blocks.map((block) => [block, rows.reduce((total, row) => total + row[block], 0)]),
  ) as BlockSizes

const hidden = (plan: ReturnType<typeof planSuppression>, audience: string) =>
  [...(plan.audiences.get(audience) ?? [])].sort()

describe('planSuppression', () => {
  it('hides an audience under k and, secondarily, the smallest other one', () => {
    const rows = { a: sizes(40), b: sizes(12), c: sizes(3) }
    const plan = planSuppression(new Map(Object.entries(rows)), sum(...Object.values(rows)), 10)
    expect(hidden(plan, 'c')).toEqual([...blocks].sort())
    expect(hidden(plan, 'b')).toEqual([...blocks].sort())
    expect(hidden(plan, 'a')).toEqual(['followup', 'retention'])
    expect([...plan.total].sort()).toEqual(['followup', 'retention'])
  })

  it('protects a knowledge block on its own when the audience itself is large enough', () => {
    const rows = { a: sizes(50, { paired: 4 }), b: sizes(30, { paired: 20 }), c: sizes(60) }
    const plan = planSuppression(new Map(Object.entries(rows)), sum(...Object.values(rows)), 10)
    expect(hidden(plan, 'a')).toEqual(['followup', 'paired', 'retention'])
    // b (20 pairs) is the smallest complement, not c (60).
    expect(hidden(plan, 'b')).toEqual(['followup', 'paired', 'retention'])
    expect(hidden(plan, 'c')).toEqual(['followup', 'retention'])
  })

  it('needs no complement for an audience that holds nobody', () => {
    const rows = { a: sizes(50), b: sizes(0) }
    const plan = planSuppression(new Map(Object.entries(rows)), sum(...Object.values(rows)), 10)
    expect(hidden(plan, 'b')).toEqual([...blocks].sort())
    expect(hidden(plan, 'a')).toEqual(['followup', 'retention'])
  })

  it('counts only audiences that hold someone as complements', () => {
    const rows = { a: sizes(50), b: sizes(4), c: sizes(0) }
    const plan = planSuppression(new Map(Object.entries(rows)), sum(...Object.values(rows)), 10)
    expect(hidden(plan, 'a')).toEqual([...blocks].sort())
  })

  it('hides the total too when it is under k, and leaves it when two audiences hide', () => {
    const small = { a: sizes(3), b: sizes(4) }
    const tiny = planSuppression(new Map(Object.entries(small)), sum(...Object.values(small)), 10)
    expect([...tiny.total].sort()).toEqual([...blocks].sort())
    const pair = { a: sizes(6), b: sizes(7), c: sizes(100) }
    const plan = planSuppression(new Map(Object.entries(pair)), sum(...Object.values(pair)), 10)
    expect(hidden(plan, 'c')).toEqual(['followup', 'retention'])
    expect(plan.total.has('respondents')).toBe(false)
  })

  it('hides the total when the one audience under k has no complement', () => {
    const rows = { a: sizes(6) }
    const plan = planSuppression(new Map(Object.entries(rows)), sizes(12), 10)
    expect(plan.total.has('respondents')).toBe(true)
  })

  it('hides one more audience while the hidden ones add up to fewer than k', () => {
    // 3 + 4 = 7 < 10: total minus the visible rows would give the two hidden audiences' sum.
    const rows = { a: sizes(3), b: sizes(4), c: sizes(100), d: sizes(50) }
    const plan = planSuppression(new Map(Object.entries(rows)), sum(...Object.values(rows)), 10)
    expect(hidden(plan, 'd')).toEqual([...blocks].sort())
    expect(hidden(plan, 'c')).toEqual(['followup', 'retention'])
    expect(plan.total.has('respondents')).toBe(false)
  })
})
