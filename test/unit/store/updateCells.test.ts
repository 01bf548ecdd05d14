import { describe, expect, it } from 'vitest'

import { DistinctSketch } from '../../../src/evaluation/sketch'
import { cellKeyOf } from '../../../src/evaluation/store/cellKey'
import { pairSubmissions } from '../../../src/evaluation/store/pairSubmissions'
import { cellKeysTouched, updateCells } from '../../../src/evaluation/store/updateCells'
import { coordinates, event, pseudonym, submissionRecord } from './records'

const countOf = (base64: null | string) =>
  base64 === null ? 0 : DistinctSketch.fromBase64(base64).estimate().value

describe('updateCells', () => {
  it('counts every impression but only consented respondents, and nothing else without consent', () => {
    const cells = updateCells(new Map(), {
      events: [
        event({ respondent: pseudonym('ana') }),
        event({ respondent: pseudonym('ana') }),
        event({ consent: false, respondent: null }),
        event({ consent: false, respondent: null, type: 'engagement' }),
        event({ respondent: pseudonym('ben'), type: 'engagement' }),
        event({ respondent: pseudonym('cy'), type: 'cta' }),
        event({ respondent: pseudonym('cy'), type: 'share' }),
      ],
      pairs: [],
      submissions: [],
    })
    const cell = cells.get(cellKeyOf(coordinates))!
    expect(cell).toMatchObject({ ctas: 1, engagements: 1, impressions: 3, shares: 1 })
    expect(countOf(cell.sketches.reached)).toBe(3)
    expect(countOf(cell.sketches.engaged)).toBe(1)
    expect(countOf(cell.sketches.cta)).toBe(1)
  })

  it('adds to stored tallies without changing them, and tallies a pair in its later cell', () => {
    const pre = submissionRecord('ana', 'pre', { a: 0, b: 1, c: 0 })
    const post = submissionRecord('ana', 'post', { a: 1, b: 0, c: 0 }, { day: '2026-03-02' })
    const first = updateCells(new Map(), { events: [], pairs: [], submissions: [pre] })
    const frozen = structuredClone(first)
    const changes = { events: [], pairs: pairSubmissions([post], [pre, post]), submissions: [post] }
    expect(cellKeysTouched(changes)).toEqual([cellKeyOf(post)])
    const second = updateCells(first, changes)
    expect(first).toEqual(frozen)
    const later = second.get(cellKeyOf(post))!
    expect(later.scores.post).toEqual({
      histogram: { '333333333': 1 },
      items: { a: [1, 1], b: [1, 0], c: [1, 0] },
      n: 1,
      sum: 1 / 3,
      sumSquares: 1 / 9,
    })
    // a: wrong → right (n01), b: right → wrong (n10), c: wrong both times (n00).
    expect(later.pairs.prePost).toEqual({
      histogram: { '0': 1 },
      items: { a: [0, 1, 0, 0], b: [0, 0, 1, 0], c: [1, 0, 0, 0] },
      n: 1,
      sum: 0,
      sumSquares: 0,
    })
    expect(second.has(cellKeyOf(pre))).toBe(false)
  })
})
