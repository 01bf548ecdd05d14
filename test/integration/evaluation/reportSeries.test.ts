import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CampaignReport, SeriesPoint } from '../../../src/evaluation/reports/figureTypes'
import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'

import { openApiDocumentOf } from '../../../src/delivery/openapi/openApiDocument'
import { evaluationOpenApi } from '../../../src/evaluation/openapi/evaluationOpenApi'
import { readEnvironment } from '../../../src/environment'
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
import { openApiValidator } from '../../helpers/openApiValidator'
import { startTestServer } from '../../helpers/testServer'

const SLUG = 'series-over-time'
const DAY_MS = 86_400_000

/** The deployment's k, as the server under test reads it. */
const K = readEnvironment().reportMinRespondents

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10)
/** Three weeks ago, a Monday: the series' first day. */
const today = Date.parse(`${dayOf(Date.now())}T00:00:00Z`)
const FIRST = today - (21 + ((new Date(today).getUTCDay() + 6) % 7)) * DAY_MS
/** Respondents per day from FIRST: one day under k, one empty, the others at or over k. */
const PEOPLE_BY_DAY = [K + 3, 2, K + 1, 0, K + 5]
/** The second week's Tuesday, the only day of its week anyone was reached, and how many. */
const LONE_DAY = 8
const LONE_PEOPLE = K + 2

describe('GET /api/reports/campaigns/:slug?interval=', () => {
  let server: RunningServer
  let payload: Payload
  let evaluator: { headers: Headers }
  let check: KnowledgeCheck
  const validate = openApiValidator(openApiDocumentOf([evaluationOpenApi]))

  const report = async (query: string) => {
    const response = await fetch(`${server.url}/api/reports/campaigns/${SLUG}${query}`, {
      headers: evaluator.headers,
    })
    return { body: (await response.json()) as unknown, status: response.status }
  }
  const series = async (query: string): Promise<CampaignReport & { series: SeriesPoint[] }> => {
    const answer = await report(query)
    expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(200)
    expect(validate('Report', answer.body)).toEqual([])
    return answer.body as CampaignReport & { series: SeriesPoint[] }
  }

  /** n respondents on one day, five minutes apart: seen, a pre check, a post check. */
  const peopleOn = (day: number, n: number) =>
    Array.from({ length: n }, (_, index) => {
      const respondent = `r-${randomUUID()}`
      const at = (minutes: number) =>
        new Date(FIRST + day * DAY_MS + (60 + index * 5 + minutes) * 60_000).toISOString()
      const submit = (phase: 'post' | 'pre', right: number, minutes: number) =>
        anEvent({
          assessment: {
            answers: answersFor(
              check,
              new Set(check.items.slice(0, right).map((item) => item.key)),
            ),
            assessment: check.slug,
            phase,
            revision: check.revision,
          },
          audience: 'tourists',
          campaign: SLUG,
          occurredAt: at(minutes),
          respondent,
          type: 'assessment',
        })
      return [
        anEvent({ audience: 'tourists', campaign: SLUG, occurredAt: at(0), respondent }),
        submit('pre', 1, 1),
        submit('post', 4, 4),
      ]
    }).flat()

  beforeAll(async () => {
    server = await startTestServer()
    payload = server.payload
    const ids = await importBundledCampaigns(payload)
    check = await knowledgeCheckOf(payload, 'peru-loreto-child-protection')
    const tourists = ids.audiences.tourists as number
    await payload.create({
      collection: 'campaigns',
      data: {
        _status: 'published',
        audiences: [tourists],
        knowledgeCheck: check.documentId,
        period: { start: dayOf(FIRST - 30 * DAY_MS) },
        slug: SLUG,
        title: 'Reach over time',
      },
      overrideAccess: true,
    })
    evaluator = await signInAs(payload, server.url, 'evaluator')
    const partner = await createPartner(payload, { allowedAudiences: [tourists] })
    const events = [
      ...PEOPLE_BY_DAY.flatMap((n, day) => peopleOn(day, n)),
      ...peopleOn(LONE_DAY, LONE_PEOPLE),
    ]
    for (let start = 0; start < events.length; start += 100) {
      const result = await sendBatch(server.url, partner.headers, events.slice(start, start + 100))
      expect(result.rejected).toEqual([])
    }
  })
  afterAll(async () => {
    await server?.close()
  })

  it('gives no series unless asked, and refuses an interval it does not know', async () => {
    expect(await series('')).not.toHaveProperty('series')
    const refused = await report('?interval=month')
    expect(refused.status).toBe(400)
    expect(messageOf(refused.body)).toMatch(/"interval" must be day or week, not "month"/)
  })

  it('refuses an IATI export, saying what to set, where the deployment has no IATI settings', async () => {
    const refused = await report('?format=iati')
    expect(refused.status).toBe(409)
    expect(messageOf(refused.body)).toMatch(
      /IATI_REPORTING_ORG_REF, IATI_REPORTING_ORG_TYPE and IATI_REPORTING_ORG_NAME/,
    )
  })

  it('counts each day, none skipped, showing a day only when it is all its week holds', async () => {
    const body = await series('?interval=day')
    expect(body.interval).toBe('day')
    expect(body.series.map((point) => point.start)).toEqual(
      Array.from({ length: LONE_DAY + 1 }, (_, day) => dayOf(FIRST + day * DAY_MS)),
    )
    // The first week's days: each would be a cut finer than a week that the plan never
    // publishes (day minus week minus the others), so all are hidden but the empty one.
    const [first, under, next, empty, last] = body.series
    for (const point of [first, under, next, last]) {
      expect(point).toEqual({ start: point.start, suppressed: true })
    }
    // A day nothing was recorded is a zero, not a secret.
    expect(empty).toMatchObject({ impressions: 0, reached: 0, suppressed: false })
    // The second week holds one day only: that day is the week, which a report shows.
    expect(body.series[LONE_DAY]).toEqual({
      assessmentsCompleted: 2 * LONE_PEOPLE,
      engaged: 0,
      impressions: LONE_PEOPLE,
      reached: LONE_PEOPLE,
      start: dayOf(FIRST + LONE_DAY * DAY_MS),
      suppressed: false,
    })
  })

  it('sums days into ISO weeks from Monday, as the report of each week alone shows it', async () => {
    const weeks = await series('?interval=week')
    expect(weeks.series.map((point) => point.start)).toEqual([
      dayOf(FIRST),
      dayOf(FIRST + 7 * DAY_MS),
    ])
    expect(weeks.series[0]).toMatchObject({
      impressions: PEOPLE_BY_DAY.reduce((sum, n) => sum + n, 0),
      start: dayOf(FIRST),
      suppressed: false,
    })
    for (const point of weeks.series) {
      expect(new Date(`${point.start}T00:00:00Z`).getUTCDay(), point.start).toBe(1)
      // Each week's point is what the report with `from` and `to` on that week shows.
      const alone = await series(
        `?from=${point.start}&to=${dayOf(Date.parse(point.start) + 6 * DAY_MS)}`,
      )
      const { total } = alone
      expect(point.suppressed).toBe(total.suppressed)
      if (!point.suppressed && !total.suppressed) expect(point.reached).toBe(total.reach.reached)
    }
    // Periods are whole ISO weeks (docs/evaluation.md): Friday to Sunday reads Monday to Sunday.
    const period = await series(
      `?interval=week&from=${dayOf(FIRST + 4 * DAY_MS)}&to=${dayOf(FIRST + 6 * DAY_MS)}`,
    )
    expect(period.series).toEqual([weeks.series[0]])
    // Raised past the second week's people: it joins the first week's atom, so neither week
    // is a period the plan publishes alone, and both are hidden, as their reports are.
    const raisedK = `k=${LONE_PEOPLE + 1}`
    const raised = await series(`?interval=week&${raisedK}`)
    expect(raised.series.map((point) => point.suppressed)).toEqual([true, true])
    const firstAlone = await series(
      `?from=${dayOf(FIRST)}&to=${dayOf(FIRST + 6 * DAY_MS)}&${raisedK}`,
    )
    expect(firstAlone.total.suppressed).toBe(true)
  })

  it('hides every interval under a channel, language or partner: two breakdowns at once', async () => {
    for (const filter of ['channel=web', 'locale=es']) {
      const crossed = await series(`?interval=week&${filter}`)
      expect(crossed.series.length, filter).toBeGreaterThan(0)
      for (const point of crossed.series) {
        expect(point, filter).toEqual({ start: point.start, suppressed: true })
      }
    }
  })

  /** The nth ISO week from FIRST, as from and to. */
  const weekFrom = (n: number) => ({
    from: dayOf(FIRST + n * 7 * DAY_MS),
    to: dayOf(FIRST + (n * 7 + 6) * DAY_MS),
  })

  it('sets a second period beside the first: that period’s own report, each measure and the change', async () => {
    const [first, second] = [weekFrom(0), weekFrom(1)]
    const compared = `?from=${second.from}&to=${second.to}&compareFrom=${first.from}&compareTo=${first.to}`
    const body = await series(compared)
    const alone = await series(`?from=${first.from}&to=${first.to}`)
    expect(body.filters).toEqual({ ...second, compareFrom: first.from, compareTo: first.to })
    const comparison = body.comparison!
    expect(comparison).toMatchObject({ from: first.from, to: first.to })
    // The second period is exactly what its own report shows.
    expect(comparison.total).toEqual(alone.total)
    expect(comparison.audiences).toEqual(alone.audiences)
    const firstWeek = PEOPLE_BY_DAY.reduce((sum, n) => sum + n, 0)
    expect(comparison.rows.map((row) => row.audience)).toEqual(['tourists', null])
    const { measures } = comparison.rows.at(-1)!
    expect(measures.reached).toEqual({
      change: LONE_PEOPLE - firstWeek,
      comparison: firstWeek,
      period: LONE_PEOPLE,
    })
    expect(measures.assessmentsCompleted).toEqual({
      change: 2 * (LONE_PEOPLE - firstWeek),
      comparison: 2 * firstWeek,
      period: 2 * LONE_PEOPLE,
    })
    // Everyone got 1 item right before and 4 after, in both weeks: no change in scores.
    const items = check.items.length
    for (const [measure, share] of [
      ['preMean', 1 / items],
      ['postMean', 4 / items],
      ['pairedChange', 3 / items],
    ] as const) {
      expect(measures[measure].period, measure).toBeCloseTo(share, 12)
      expect(measures[measure].comparison, measure).toBeCloseTo(share, 12)
      expect(measures[measure].change, measure).toBeCloseTo(0, 12)
    }

    // Raised past the second week's people, neither week is shown alone: nor is any change.
    const raised = await series(`${compared}&k=${LONE_PEOPLE + 1}`)
    for (const figures of Object.values(raised.comparison!.rows.at(-1)!.measures)) {
      expect(figures).toEqual({
        change: { suppressed: true },
        comparison: { suppressed: true },
        period: { suppressed: true },
      })
    }

    // The CSV carries the second period and the changes, line by line.
    const csv = await fetch(`${server.url}/api/reports/campaigns/${SLUG}${compared}&format=csv`, {
      headers: evaluator.headers,
    })
    expect(csv.status).toBe(200)
    const text = await csv.text()
    expect(text).toContain(`total,comparison.reached,${firstWeek}`)
    expect(text).toContain(`total,change.reached,${LONE_PEOPLE - firstWeek}`)
    expect(text).toContain(`,filters.compareFrom,${first.from}`)
  })

  it('refuses a comparison period that is half given, reversed, out of bounds, alone or overlapping', async () => {
    const [first, second] = [weekFrom(0), weekFrom(1)]
    const period = `from=${second.from}&to=${second.to}`
    const cases: [string, RegExp][] = [
      [`?${period}&compareFrom=${first.from}`, /Give both "compareFrom" and "compareTo"/],
      [`?${period}&compareTo=${first.to}`, /Give both "compareFrom" and "compareTo"/],
      [
        `?${period}&compareFrom=${first.from}&compareTo=2026-02-30`,
        /"compareTo" must be a day written YYYY-MM-DD/,
      ],
      [
        `?${period}&compareFrom=${first.to}&compareTo=${first.from}`,
        /"compareFrom" \(.*\) is after "compareTo"/,
      ],
      [
        `?${period}&compareFrom=1999-12-27&compareTo=2000-01-02`,
        /"compareFrom" must be a day from 2000-01-01 to 2099-12-31/,
      ],
      [`?compareFrom=${first.from}&compareTo=${first.to}`, /give "from" and "to" as well/],
      [
        `?from=${first.from}&to=${second.to}&compareFrom=${first.from}&compareTo=${first.to}`,
        /overlaps the report’s period/,
      ],
      // Widened to whole weeks, a comparison ending on the period's Monday shares its week.
      [`?${period}&compareFrom=${first.from}&compareTo=${second.from}`, /overlaps/],
      [
        `?${period}&compareFrom=${first.from}&compareTo=${first.to}&format=xlsx`,
        /format=xlsx holds one period/,
      ],
      [
        `?${period}&channel=web&compareFrom=${first.from}&compareTo=${first.to}`,
        /one of channel, locale, partner or a period at a time/,
      ],
    ]
    for (const [query, message] of cases) {
      const answer = await report(query)
      expect(answer.status, query).toBe(400)
      expect(messageOf(answer.body), query).toMatch(message)
    }
  })
})
