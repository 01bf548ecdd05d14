import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { WireEvent } from '../../../src/evaluation/events/wireEvent'
import type { AudienceReport, CampaignReport } from '../../../src/evaluation/reports/figureTypes'
import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'

import { createPartner, signInAs } from '../../helpers/accounts'
import { importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { anEvent, sendBatch } from '../../helpers/evaluation'
import { startTestServer } from '../../helpers/testServer'
import { expectSignificant } from '../../unit/statistics/expectSignificant'

const SLUG = 'item-analysis'
const ITEMS = ['q1', 'q2', 'q3', 'q4', 'q5']

/**
 * LSAT Section 6 (Bock & Lieberman 1970), as response-pattern frequencies: the published item
 * proportions .924 .709 .553 .763 .870, KR-20 0.294997 (psych::alpha's raw_alpha, 0.29) and the
 * corrected item-total correlations of SciPy 1.17.1 (see test/unit/statistics/itemStatistics).
 */
const patterns: Record<string, number> = {
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
  '01011': 16,
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
const rDrop = [
  0.112832688922342, 0.15317812011653, 0.172778943291091, 0.144428095247094, 0.121596402547096,
]

describe('item analysis in the report, over HTTP', () => {
  let server: RunningServer
  let payload: Payload
  let evaluator: Headers

  beforeAll(async () => {
    server = await startTestServer()
    payload = server.payload
    const ids = await importBundledCampaigns(payload)
    const check = await payload.create({
      collection: 'assessments',
      data: {
        items: ITEMS.map((key) => ({
          choices: [
            { correct: true, key: 'a', label: `Right for ${key}` },
            { key: 'b', label: `Wrong for ${key}` },
            { key: 'c', label: `Also wrong, ${key}` },
          ],
          domain: 'reporting',
          explanation: 'Because.',
          key,
          question: `Question ${key}?`,
        })),
        slug: 'item-analysis-check',
        title: 'Five items',
      },
      overrideAccess: true,
    })
    const tourists = ids.audiences.tourists as number
    await payload.create({
      collection: 'campaigns',
      data: {
        _status: 'published',
        audiences: [tourists],
        knowledgeCheck: check.id,
        period: { start: '2026-01-01' },
        slug: SLUG,
        title: 'Item analysis',
      },
      overrideAccess: true,
    })
    const partner = await createPartner(payload, { allowedAudiences: [tourists] })
    evaluator = (await signInAs(payload, server.url, 'evaluator')).headers
    // 1000 people a minute apart over the last days, each seen, then the pre check as LSAT-6
    // examinees answered it; a wrong answer always picks "b", so nobody picks "c".
    const people = Object.entries(patterns).flatMap(([pattern, frequency]) =>
      Array.from({ length: frequency }, () => pattern),
    )
    const events: WireEvent[] = people.flatMap((pattern, index) => {
      const respondent = `lsat-${randomUUID()}`
      const at = (minutes: number) =>
        new Date(Date.now() - 3 * 86_400_000 + (index * 2 + minutes) * 60_000).toISOString()
      return [
        anEvent({ campaign: SLUG, occurredAt: at(0), respondent }),
        anEvent({
          assessment: {
            answers: Object.fromEntries(
              ITEMS.map((key, i) => [key, pattern[i] === '1' ? 'a' : 'b']),
            ),
            assessment: 'item-analysis-check',
            phase: 'pre',
            revision: 1,
          },
          campaign: SLUG,
          occurredAt: at(1),
          respondent,
          type: 'assessment',
        }),
      ]
    })
    for (let start = 0; start < events.length; start += 500) {
      const result = await sendBatch(server.url, partner.headers, events.slice(start, start + 500))
      expect(result.rejected).toEqual([])
    }
  })
  afterAll(async () => {
    await server?.close()
  })

  it('gives difficulty, discrimination and KR-20 equal to psych::alpha and SciPy on LSAT-6', async () => {
    const response = await fetch(`${server.url}/api/reports/campaigns/${SLUG}`, {
      headers: evaluator,
    })
    expect(response.status).toBe(200)
    const report = (await response.json()) as CampaignReport
    const row = report.total as Extract<AudienceReport, { suppressed: false }>
    expect(row.suppressed).toBe(false)
    expect(row.quality).toMatchObject({ flagged: 0, included: 1000 })
    const { items, reliability } = row.knowledge
    expect(reliability.pre).toMatchObject({ n: 1000 })
    expectSignificant((reliability.pre as { kr20: number }).kr20, 0.294997192215944)
    expect(items.map((item) => item.item)).toEqual(ITEMS)
    items.forEach((item, index) => {
      expect(item.pre).toBe([0.924, 0.709, 0.553, 0.763, 0.87][index])
      expectSignificant(item.discrimination.pre, rDrop[index])
      expect(item.discrimination.post).toBeNull()
      // Every wrong answer picked "b": its share is 1 − p; "c", a distractor nobody picks.
      const wrong = Math.round((1 - (item.pre as number)) * 1000)
      expect(item.distractors.pre).toEqual({ b: wrong / 1000, c: 0 })
      expect(item.flags).toContain('unused-distractor')
    })
    // 92.4 % right before any exposure: a ceiling that would hide learning.
    expect(items[0].flags).toEqual(['ceiling', 'unused-distractor'])
    expect(items[1].flags).toEqual(['unused-distractor'])
  })
})
