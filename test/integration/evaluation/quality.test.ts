import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { WireEvent } from '../../../src/evaluation/events/wireEvent'
import type {
  AudienceReport,
  CampaignReport,
  MeanFigure,
} from '../../../src/evaluation/reports/figureTypes'
import type { ReviewItem } from '../../../src/evaluation/review/reviewItem'
import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'

import { createPartner, signInAs } from '../../helpers/accounts'
import { importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { messageOf } from '../../helpers/delivery'
import {
  anEvent,
  answersFor,
  knowledgeCheckOf,
  type KnowledgeCheck,
  sendBatch,
} from '../../helpers/evaluation'
import { startTestServer } from '../../helpers/testServer'
import { useDeploymentK } from '../../helpers/deploymentK'

const SLUG = 'quality-review'
const HOUR = 3_600_000

describe('data-quality review: flags, retakes and an evaluator’s decisions, over HTTP', () => {
  useDeploymentK(5)
  let server: RunningServer
  let payload: Payload
  let check: KnowledgeCheck
  let evaluator: Headers
  let partner: Awaited<ReturnType<typeof createPartner>>
  let attacker: Awaited<ReturnType<typeof createPartner>>
  let audiences: Record<string, number>

  const get = async <T>(path: string, headers: Headers = evaluator) => {
    const response = await fetch(`${server.url}${path}`, { headers })
    return { body: (await response.json()) as T, status: response.status }
  }
  const report = async (query = '') =>
    (await get<CampaignReport>(`/api/reports/campaigns/${SLUG}?k=5${query}`)).body
  const row = (answer: CampaignReport, slug: string) =>
    answer.audiences.find((candidate) => candidate.audience === slug) as AudienceReport

  const submission = (
    respondent: string,
    phase: 'post' | 'pre',
    right: number,
    occurredAt: string,
    audience = 'tourists',
  ): WireEvent =>
    anEvent({
      assessment: {
        answers: answersFor(check, new Set(check.items.slice(0, right).map((item) => item.key))),
        assessment: check.slug,
        phase,
        revision: check.revision,
      },
      audience,
      campaign: SLUG,
      occurredAt,
      respondent,
      type: 'assessment',
    })

  /** Real people, one every ten minutes a day ago, pre then post twenty minutes later. */
  const honest = (audience: string, n: number, first: number) =>
    Array.from({ length: n }, (_, index) => {
      const respondent = `person-${randomUUID()}`
      const at = (minutes: number) =>
        new Date(Date.now() - 24 * HOUR + ((first + index) * 10 + minutes) * 60_000).toISOString()
      return [
        anEvent({ audience, campaign: SLUG, occurredAt: at(0), respondent }),
        submission(respondent, 'pre', 2, at(1), audience),
        submission(respondent, 'post', 5, at(20), audience),
      ]
    }).flat()

  beforeAll(async () => {
    server = await startTestServer()
    payload = server.payload
    const ids = await importBundledCampaigns(payload)
    check = await knowledgeCheckOf(payload, 'peru-loreto-child-protection')
    audiences = {
      students: ids.audiences['hospitality-students'] as number,
      tourists: ids.audiences.tourists as number,
    }
    await payload.create({
      collection: 'campaigns',
      data: {
        _status: 'published',
        audiences: [audiences.tourists, audiences.students],
        knowledgeCheck: check.documentId,
        period: { start: '2026-01-01' },
        slug: SLUG,
        title: 'Quality review',
      },
      overrideAccess: true,
    })
    const allowed = [audiences.tourists, audiences.students]
    partner = await createPartner(payload, { allowedAudiences: allowed })
    attacker = await createPartner(payload, {
      allowedAudiences: allowed,
      organisation: 'Copied key',
    })
    evaluator = (await signInAs(payload, server.url, 'evaluator')).headers
    const events = [...honest('tourists', 3, 0), ...honest('hospitality-students', 12, 10)]
    const result = await sendBatch(server.url, partner.headers, events)
    expect(result.rejected).toEqual([])
  })
  afterAll(async () => {
    await server?.close()
  })

  it('keeps a burst of 300 fabricated respondents out of the default report, and counts it', async () => {
    const before = await report()
    expect(row(before, 'tourists').suppressed).toBe(true)
    // The attack: 300 made-up respondents, pre and post within one second, all alike.
    const now = Date.now()
    const fabricated = Array.from({ length: 300 }, (_, index) => {
      const respondent = `fake-${index}-${randomUUID()}`
      return [
        submission(respondent, 'pre', 0, new Date(now - 1000 + index).toISOString()),
        submission(
          respondent,
          'post',
          check.items.length,
          new Date(now - 700 + index).toISOString(),
        ),
      ]
    }).flat()
    for (let start = 0; start < fabricated.length; start += 100) {
      const result = await sendBatch(
        server.url,
        attacker.headers,
        fabricated.slice(start, start + 100),
      )
      expect(result.rejected).toEqual([])
    }

    const after = await report()
    const tourists = row(after, 'tourists')
    // Still suppressed: the three real tourists are all the default report counts.
    expect(tourists.suppressed).toBe(true)
    expect(tourists.quality).toMatchObject({ flagged: 600, included: null })
    expect(tourists.quality.reasons).toMatchObject({ burst: 600, 'identical-answers': 600 })
    expect(tourists.quality.reasons['too-fast']).toBeGreaterThanOrEqual(300)
    expect(after.total).toMatchObject({ quality: { flagged: 600 } })
    const { suppressed: _hidden, ...totalBefore } = before.total as Extract<
      AudienceReport,
      { suppressed: false }
    >
    const totalAfter = after.total as Extract<AudienceReport, { suppressed: false }>
    expect(totalAfter.knowledge).toEqual(totalBefore.knowledge)
    expect(totalAfter.reach.reached).toBe(totalBefore.reach.reached)

    // ?quality=all shows everything, and says so.
    const all = await report('&quality=all')
    expect(all.quality).toBe('all')
    // The tourists' row stays hidden, as the default report hides its three real people (all
    // minus the others would give them away); the total counts everyone.
    expect(row(all, 'tourists').suppressed).toBe(true)
    const allTotal = all.total
    if (allTotal.suppressed) throw new Error('315 respondents are shown with quality=all')
    expect((allTotal.knowledge.pre as MeanFigure).n).toBe(315)
    expect((allTotal.knowledge.paired as { n: number }).n).toBe(315)
  })

  it('lists flagged submissions for review with their reasons, never scores or pseudonyms', async () => {
    const editor = (await signInAs(payload, server.url, 'editor')).headers
    expect((await get(`/api/evaluation/review?campaign=${SLUG}`, editor)).status).toBe(403)
    expect((await get(`/api/evaluation/review?campaign=${SLUG}`, partner.headers)).status).toBe(403)
    expect((await get(`/api/evaluation/review?campaign=${SLUG}`, {})).status).toBe(401)
    const bad = await get(`/api/evaluation/review?campaign=${SLUG}&status=maybe&limit=9999`)
    expect(bad.status).toBe(400)
    expect(messageOf(bad.body)).toMatch(/"status" must be one of held, ok, flagged/)

    const page = await get<{ docs: ReviewItem[]; totalDocs: number; totalPages: number }>(
      `/api/evaluation/review?campaign=${SLUG}&limit=200`,
    )
    expect(page.status).toBe(200)
    expect(page.body.totalDocs).toBe(600)
    expect(page.body.totalPages).toBe(3)
    const [first] = page.body.docs
    expect(first).toMatchObject({
      audience: 'tourists',
      sender: `partner:${attacker.id}`,
      status: 'flagged',
    })
    expect(first.reasons).toEqual(expect.arrayContaining(['burst', 'identical-answers']))
    expect(Object.keys(first).sort()).toEqual(
      [
        'audience',
        'channel',
        'day',
        'locale',
        'occurredAt',
        'partner',
        'phase',
        'reasons',
        'receivedAt',
        'reviewedAt',
        'reviewedBy',
        'sender',
        'status',
        'submission',
      ].sort(),
    )
  })

  it('changes the report at once when flagged submissions are approved or excluded, tallies exact', async () => {
    const everything = await report('&quality=all')
    const defaultBefore = await report()
    const keys: string[] = []
    for (let page = 1; page <= 3; page += 1) {
      const listed = await get<{ docs: ReviewItem[] }>(
        `/api/evaluation/review?campaign=${SLUG}&limit=200&page=${page}`,
      )
      keys.push(...listed.body.docs.map((item) => item.submission))
    }
    expect(new Set(keys).size).toBe(600)
    const decide = async (status: string, submissions: string[]) => {
      const response = await fetch(`${server.url}/api/evaluation/review`, {
        body: JSON.stringify({ status, submissions }),
        headers: { ...evaluator, 'Content-Type': 'application/json' },
        method: 'POST',
      })
      return { body: (await response.json()) as { changed: number }, status: response.status }
    }
    expect((await decide('maybe', keys.slice(0, 1))).status).toBe(400)
    // Approving everything makes the default report what quality=all showed.
    for (let start = 0; start < keys.length; start += 500) {
      expect((await decide('approved', keys.slice(start, start + 500))).status).toBe(200)
    }
    const approvedReport = await report()
    const approved = row(approvedReport, 'tourists')
    const [approvedTotal, allTotal] = [approvedReport.total, everything.total]
    if (approved.suppressed || approvedTotal.suppressed || allTotal.suppressed) {
      throw new Error('303 tourists, and the total, are shown')
    }
    // quality=all hid the tourists' row (the default hides its three real people); the totals
    // of everyone are what must agree.
    expect(approvedTotal.knowledge).toEqual(allTotal.knowledge)
    expect(approved.quality).toMatchObject({ approved: 600, flagged: 0, included: 606 })
    // Excluding them all brings the default report back exactly to where it was.
    expect((await decide('excluded', keys.slice(0, 500))).body.changed).toBe(500)
    expect((await decide('excluded', keys.slice(500))).body.changed).toBe(100)
    const excluded = await report()
    const { quality: _q1, ...totalNow } = excluded.total as Extract<
      AudienceReport,
      { suppressed: false }
    >
    const { quality: _q2, ...totalThen } = defaultBefore.total as Extract<
      AudienceReport,
      { suppressed: false }
    >
    expect(totalNow).toEqual(totalThen)
    expect(excluded.total.quality).toMatchObject({ excluded: 600, flagged: 0 })
    const [item] = (
      await get<{ docs: ReviewItem[] }>(
        `/api/evaluation/review?campaign=${SLUG}&status=excluded&limit=1`,
      )
    ).body.docs
    expect(item.reviewedBy).toMatch(/^user:/)
  })

  it('counts the earlier of two pre checks whichever arrives first, and the retake aside', async () => {
    // Three more real tourists, so that the students' row needs no secondary suppression (with
    // the tourists hidden, total minus students would give them away).
    const tourists = await sendBatch(server.url, partner.headers, honest('tourists', 3, 40))
    expect(tourists.rejected).toEqual([])
    for (const order of ['early first', 'late first'] as const) {
      const respondents = Array.from({ length: 5 }, () => `retake-${randomUUID()}`)
      const base = Date.now() - 6 * HOUR
      const at = (index: number, minutes: number) =>
        new Date(base + index * 30 * 60_000 + minutes * 60_000).toISOString()
      // The offline pre (taken first, all wrong) and a retake an hour later (all right).
      const early = respondents.map((r, i) =>
        submission(r, 'pre', 0, at(i, 0), 'hospitality-students'),
      )
      const late = respondents.map((r, i) =>
        submission(r, 'pre', check.items.length, at(i, 9), 'hospitality-students'),
      )
      const before = row(await report(), 'hospitality-students')
      const first = order === 'early first' ? early : late
      const second = order === 'early first' ? late : early
      expect((await sendBatch(server.url, partner.headers, first)).accepted).toBe(5)
      expect((await sendBatch(server.url, partner.headers, second)).accepted).toBe(5)
      const after = row(await report(), 'hospitality-students')
      if (before.suppressed || after.suppressed) throw new Error('students are shown')
      const pre = (figure: unknown) => figure as MeanFigure
      const n = pre(after.knowledge.pre).n
      expect(n - pre(before.knowledge.pre).n).toBe(5)
      // The five new pre checks all count as wrong: the earlier ones, whatever the order.
      expect(pre(after.knowledge.pre).mean! * n).toBeCloseTo(
        pre(before.knowledge.pre).mean! * (n - 5),
        9,
      )
      expect(after.quality.retakes! - (before.quality.retakes ?? 0)).toBe(5)
    }
  })

  it('flags a check taken outside the campaign’s period or in the future', async () => {
    const respondent = `odd-${randomUUID()}`
    const result = await sendBatch(server.url, partner.headers, [
      submission(respondent, 'pre', 1, '2025-12-20T10:00:00.000Z', 'hospitality-students'),
      submission(
        respondent,
        'post',
        1,
        new Date(Date.now() + 2 * HOUR).toISOString(),
        'hospitality-students',
      ),
    ])
    expect(result.accepted).toBe(2)
    // Every page, whatever the burst and the review above left in the list ahead of these.
    const reasons: ReviewItem['reasons'][] = []
    for (let page = 1; ; page += 1) {
      const listed = await get<{ docs: ReviewItem[]; totalPages: number }>(
        `/api/evaluation/review?campaign=${SLUG}&limit=200&page=${page}`,
      )
      reasons.push(...listed.body.docs.map((item) => item.reasons))
      if (page >= listed.body.totalPages) break
    }
    expect(reasons).toContainEqual(['outside-period'])
    expect(reasons).toContainEqual(['future'])
  })
})
