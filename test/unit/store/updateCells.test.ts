import { describe, expect, it } from 'vitest'

import { DistinctSketch } from '../../../src/evaluation/sketch'
import { cellKeyOf } from '../../../src/evaluation/store/cellKey'
import { contributionChanges } from '../../../src/evaluation/store/contributions'
import { cellKeysTouched, updateCells } from '../../../src/evaluation/store/updateCells'
import { event, held, included, pseudonym, submissionRecord } from './records'

const countOf = (base64: null | string) =>
  base64 === null ? 0 : DistinctSketch.fromBase64(base64).estimate().value

const noSubmissions = {
  added: [],
  heldEvents: new Set<string>(),
  removed: [],
  retakes: [],
}

describe('updateCells', () => {
  it('counts every impression but only consented respondents, and nothing else without consent', () => {
    const cells = updateCells(new Map(), {
      ...noSubmissions,
      events: [
        event({ respondent: pseudonym('ana') }),
        event({ respondent: pseudonym('ana') }),
        event({ consent: false, respondent: null }),
        event({ consent: false, respondent: null, type: 'engagement' }),
        event({ respondent: pseudonym('ben'), type: 'engagement' }),
        event({ respondent: pseudonym('cy'), type: 'cta' }),
        event({ respondent: pseudonym('cy'), type: 'share' }),
      ],
    })
    const cell = cells.get(cellKeyOf(included))!
    expect(cell).toMatchObject({ ctas: 1, engagements: 1, impressions: 3, shares: 1 })
    expect(countOf(cell.sketches.reached)).toBe(3)
    expect(countOf(cell.sketches.engaged)).toBe(1)
    expect(countOf(cell.sketches.cta)).toBe(1)
  })

  it('adds to stored tallies without changing them, and tallies a pair in its later cell', () => {
    const pre = submissionRecord('ana', 'pre', { a: 0, b: 1, c: 0 })
    const post = submissionRecord('ana', 'post', { a: 1, b: 0, c: 0 }, { day: '2026-03-02' })
    const first = updateCells(new Map(), {
      ...noSubmissions,
      ...contributionChanges([], [pre]),
      events: [],
    })
    const frozen = structuredClone(first)
    const changes = { ...noSubmissions, ...contributionChanges([pre], [pre, post]), events: [] }
    const postCell = { ...included, day: '2026-03-02' }
    expect(cellKeysTouched(changes)).toEqual([cellKeyOf(postCell)])
    const second = updateCells(first, changes)
    expect(first).toEqual(frozen)
    const later = second.get(cellKeyOf(postCell))!
    // Per item: answered, right, and the score of those right (discrimination); the choices
    // picked (distractors; "a" is each item's right choice in these records).
    expect(later.scores.post).toEqual({
      choices: { a: { a: 1 }, b: { b: 1 }, c: { b: 1 } },
      histogram: { '333333333': 1 },
      items: { a: [1, 1, 1 / 3], b: [1, 0, 0], c: [1, 0, 0] },
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
    expect(later.quality).toEqual({ reasons: {}, retakes: 0, statuses: { ok: 1 } })
    expect(second.has(cellKeyOf(included))).toBe(false)
  })

  it('moves a flagged submission, and its pair, to the held rows, and back exactly when approved', () => {
    const pre = submissionRecord('ana', 'pre', { a: 0, b: 1, c: 0 })
    const post = submissionRecord('ana', 'post', { a: 1, b: 1, c: 0 })
    const start = updateCells(new Map(), {
      ...noSubmissions,
      ...contributionChanges([], [pre, post]),
      events: [],
    })
    const flaggedPost = { ...post, reasons: ['burst' as const], status: 'flagged' as const }
    const flagged = new Map([
      ...start,
      ...updateCells(start, {
        ...noSubmissions,
        ...contributionChanges([pre, post], [pre, flaggedPost]),
        events: [],
      }),
    ])
    const counted = flagged.get(cellKeyOf(included))!
    expect(counted.scores.post).toEqual({
      choices: {},
      histogram: {},
      items: {},
      n: 0,
      sum: 0,
      sumSquares: 0,
    })
    expect(counted.pairs.prePost?.n).toBe(0)
    expect(counted.scores.pre?.n).toBe(1)
    const aside = flagged.get(cellKeyOf(held))!
    expect(aside.scores.post?.n).toBe(1)
    expect(aside.pairs.prePost?.n).toBe(1)
    expect(aside.quality).toEqual({ reasons: { burst: 1 }, retakes: 0, statuses: { flagged: 1 } })

    const approvedPost = { ...flaggedPost, status: 'approved' as const }
    const approved = new Map([
      ...flagged,
      ...updateCells(flagged, {
        ...noSubmissions,
        ...contributionChanges([pre, flaggedPost], [pre, approvedPost]),
        events: [],
      }),
    ])
    const back = approved.get(cellKeyOf(included))!
    expect(back.scores).toEqual(start.get(cellKeyOf(included))!.scores)
    expect(back.pairs).toEqual(start.get(cellKeyOf(included))!.pairs)
    expect(back.quality).toEqual({
      reasons: { burst: 1 },
      retakes: 0,
      statuses: { approved: 1, ok: 1 },
    })
    expect(approved.get(cellKeyOf(held))!.scores.post?.n).toBe(0)
  })
})
