import { describe, expect, it } from 'vitest'

import type { QualityRules } from '../../../src/evaluation/quality/qualityRules'
import type { StoredEvent, SubmissionRecord } from '../../../src/evaluation/store/records'

import { qualityReasons } from '../../../src/evaluation/quality/qualityStatus'
import { eventKeyOf } from '../../../src/evaluation/store/eventKey'
import { burstWindows } from '../../../src/evaluation/store/burstWindows'
import { planAppend, planReview } from '../../../src/evaluation/store/planSubmissions'
import { assessment, coordinates, submissionRecord } from './records'

const rules: QualityRules = {
  burstSeconds: 10,
  burstSubmissions: 5,
  enabled: new Set(qualityReasons),
  minSecondsPerItem: 2,
}

/** Replays plans as a store would: the rows each plan writes become the next one's stored rows. */
const replay = (batches: StoredEvent[][]) => {
  let stored: SubmissionRecord[] = []
  const plans = batches.map((accepted) => {
    const plan = planAppend({ accepted, recent: stored, rules, stored })
    const written = new Map(plan.rows.map((row) => [`${row.respondent}|${row.phase}`, row]))
    stored = [
      ...stored.filter((row) => !written.has(`${row.respondent}|${row.phase}`)),
      ...written.values(),
    ]
    return plan
  })
  return { plans, stored }
}

describe('planAppend: retakes', () => {
  const early = assessment('ana', 'pre', { a: 0, b: 0 }, '2026-03-01T09:00:00.000Z')
  const late = assessment('ana', 'pre', { a: 1, b: 1 }, '2026-03-01T11:00:00.000Z')

  it('counts the earliest pre whether it arrives first or last, and the other as a retake', () => {
    for (const order of [[[early], [late]], [[late], [early]], [[late, early]]]) {
      const { plans, stored } = replay(order)
      expect(stored.map((row) => row.event)).toEqual([eventKeyOf(early)])
      expect(plans.flatMap((plan) => plan.retakes)).toEqual([coordinates])
    }
  })

  it('takes the replaced submission’s score and pair back out when the earlier one arrives', () => {
    const post = assessment('ana', 'post', { a: 1, b: 1 }, '2026-03-01T12:00:00.000Z')
    const { plans } = replay([[late, post], [early]])
    const last = plans[1]
    const kinds = (list: typeof last.added) =>
      list.map((c) => (c.kind === 'score' ? `score:${c.half.score}` : c.kind)).sort()
    // The review counts are the same (one ok pre before and after), so they are left alone.
    expect(kinds(last.removed)).toEqual(['pair', 'score:1'])
    expect(kinds(last.added)).toEqual(['pair', 'score:0'])
  })
})

describe('planAppend: quality', () => {
  const at = (seconds: number) => new Date(Date.UTC(2026, 2, 1, 10, 0, seconds)).toISOString()

  it('flags a burst from one sender, with identical answers, and holds those submissions', () => {
    const burst = Array.from({ length: 6 }, (_, index) =>
      assessment(`fake-${index}`, 'pre', { a: 1, b: 1 }, at(index)),
    )
    const plan = planAppend({ accepted: burst, recent: [], rules, stored: [] })
    expect(plan.rows.map((row) => [row.status, row.reasons])).toEqual(
      burst.map(() => ['flagged', ['burst', 'identical-answers']]),
    )
    expect(plan.heldEvents.size).toBe(6)
    expect(plan.added.every((contribution) => contribution.site.inclusion === 'held')).toBe(true)
  })

  it('reaches back into stored submissions of the same burst', () => {
    const first = Array.from({ length: 4 }, (_, index) =>
      assessment(`fake-${index}`, 'pre', { a: 1, b: index % 2 ? 1 : 0 }, at(index)),
    )
    const { plans, stored } = replay([first, [assessment('fake-9', 'pre', { a: 0, b: 0 }, at(5))]])
    expect(plans[0].rows.every((row) => row.status === 'ok')).toBe(true)
    expect(stored.every((row) => row.status === 'flagged' && row.reasons.includes('burst'))).toBe(
      true,
    )
    // The four stored ones move from the counted rows to the held ones.
    expect(plans[1].removed.filter((c) => c.kind === 'score')).toHaveLength(4)
  })

  it('leaves senders and spread-out submissions alone', () => {
    const spread = Array.from({ length: 6 }, (_, index) =>
      assessment(`person-${index}`, 'pre', { a: 1, b: 1 }, at(index * 60)),
    )
    const twoSenders = Array.from({ length: 6 }, (_, index) =>
      assessment(`other-${index}`, 'pre', { a: 1, b: 1 }, at(1000 + index), {
        sender: `partner:${index % 2}`,
      }),
    )
    const plan = planAppend({ accepted: [...spread, ...twoSenders], recent: [], rules, stored: [] })
    expect(plan.rows.every((row) => row.status === 'ok')).toBe(true)
  })

  it('reads stored submissions only within the burst window of a batch’s own, and plans the same', () => {
    // Quiet traffic every 30 s, and a burst of eight (26–33) that two batches share.
    const day = Array.from({ length: 120 }, (_, index) =>
      assessment(
        `p-${index}`,
        'pre',
        { a: 1, b: index % 2 ? 1 : 0 },
        at(index >= 26 && index < 34 ? index - 26 : 100 + (index % 40) * 30),
      ),
    )
    const batches = [day.slice(0, 30), day.slice(30, 80), day.slice(80), day.slice(3, 9)]
    const windows = burstWindows(batches[1], rules)
    // Each submission's time ± 10 s, overlapping ones joined: not one span from first to last.
    expect(windows.length).toBeGreaterThan(10)
    for (const window of windows) {
      expect(Date.parse(window.to) - Date.parse(window.from)).toBeLessThan(60_000)
    }
    let stored: SubmissionRecord[] = []
    for (const accepted of batches) {
      const near = burstWindows(accepted, rules)
      const recent = stored.filter((row) =>
        near.some(
          (w) => w.sender === row.sender && row.occurredAt >= w.from && row.occurredAt <= w.to,
        ),
      )
      const narrow = planAppend({ accepted, recent, rules, stored })
      expect(narrow).toEqual(planAppend({ accepted, recent: stored, rules, stored }))
      const written = new Map(narrow.rows.map((row) => [`${row.respondent}|${row.phase}`, row]))
      stored = [
        ...stored.filter((row) => !written.has(`${row.respondent}|${row.phase}`)),
        ...written.values(),
      ]
    }
    expect(stored.filter((row) => row.reasons.includes('burst')).length).toBeGreaterThan(0)
  })

  it('flags a post answered faster than its items take since the pre, and a pre since its session', () => {
    const pre = assessment('ana', 'pre', { a: 1, b: 0 }, at(0))
    const rushed = assessment('ana', 'post', { a: 1, b: 1 }, at(3))
    const plan = planAppend({ accepted: [pre, rushed], recent: [], rules, stored: [] })
    expect(plan.rows.map((row) => [row.phase, row.reasons])).toEqual([
      ['pre', []],
      ['post', ['too-fast']],
    ])
    // Whichever batch each arrives in, the rushed post is flagged and held, and only it.
    for (const order of [[[rushed], [pre]], [[pre], [rushed]], [[rushed, pre]]]) {
      const { plans, stored } = replay(order)
      expect(
        stored.map((row) => [row.phase, row.status, row.reasons]).sort(),
        order.map((batch) => batch.map((event) => event.submission?.phase)).join(' then '),
      ).toEqual([
        ['post', 'flagged', ['too-fast']],
        ['pre', 'ok', []],
      ])
      // What the plans leave in the tallies of post scores, counted and held.
      const net = { held: 0, included: 0 }
      for (const plan of plans) {
        for (const [list, sign] of [
          [plan.added, 1],
          [plan.removed, -1],
        ] as const) {
          for (const c of list)
            if (c.kind === 'score' && c.phase === 'post') net[c.site.inclusion] += sign
        }
      }
      expect(net).toEqual({ held: 1, included: 0 })
    }
    // An evaluator's approval of the post stands when its pre arrives afterwards.
    const approved = replay([[rushed]]).stored.map((row) => ({
      ...row,
      status: 'approved' as const,
    }))
    const later = planAppend({ accepted: [pre], recent: approved, rules, stored: approved })
    expect(later.rows.find((row) => row.phase === 'post')?.status ?? 'approved').toBe('approved')
    const quick = assessment('ben', 'pre', { a: 1, b: 0 }, at(3))
    quick.submission!.sessionStart = at(0)
    expect(
      planAppend({ accepted: [quick], recent: [], rules, stored: [] }).rows[0].reasons,
    ).toEqual(['too-fast'])
    const paper = assessment('cy', 'post', { a: 1, b: 0 }, at(0))
    paper.submission!.timed = false
    expect(
      planAppend({
        accepted: [paper],
        recent: [],
        rules,
        stored: [{ ...submissionRecord('cy', 'pre', { a: 0, b: 0 }), occurredAt: at(0) }],
      }).rows[0].reasons,
    ).toEqual([])
  })
})

describe('planReview', () => {
  it('approves and excludes by event key, moving the rows’ tallies between held and counted', () => {
    const pre = submissionRecord('ana', 'pre', { a: 0, b: 1 })
    const post = submissionRecord(
      'ana',
      'post',
      { a: 1, b: 1 },
      { reasons: ['burst'], status: 'flagged' },
    )
    const plan = planReview({
      decisions: new Map([[post.event, 'approved']]),
      reviewedAt: '2026-03-02T00:00:00.000Z',
      reviewer: 'user:1',
      stored: [pre, post],
    })
    expect(plan.rows).toEqual([
      { ...post, reviewedAt: '2026-03-02T00:00:00.000Z', reviewedBy: 'user:1', status: 'approved' },
    ])
    expect(plan.removed.map((c) => `${c.kind}:${c.site.inclusion}`).sort()).toEqual([
      'pair:held',
      'quality:held',
      'score:held',
    ])
    expect(plan.added.map((c) => `${c.kind}:${c.site.inclusion}`).sort()).toEqual([
      'pair:included',
      'quality:included',
      'score:included',
    ])
    const again = planReview({
      decisions: new Map([[post.event, 'approved']]),
      reviewedAt: '2026-03-03T00:00:00.000Z',
      reviewer: 'user:1',
      stored: [pre, plan.rows[0]],
    })
    expect(again.rows).toEqual([])
  })
})
