import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { WireEvent } from '../../../src/evaluation/events/wireEvent'
import type { AudienceReport, CampaignReport } from '../../../src/evaluation/reports/figureTypes'
import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'

import { weekOf } from '../../../src/evaluation/reports/disclosure/weeks'
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

const SLUG = 'differencing'
/** The deployment's k in the tests (vitest.config.ts). */
const K = 5
const DAY = 86_400_000

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)

/** Week A: last week (Monday); week B: the week before. */
const weekA = addDays(weekOf(new Date().toISOString().slice(0, 10)), -7)
const weekB = addDays(weekA, -7)

type Query = Record<string, string>
type Answer = { query: Query; report: CampaignReport }

/** The figures of a row that count people (or their submissions), by name; absent if hidden. */
const sizes = (row: AudienceReport): Record<string, number> => {
  const figures: Record<string, number> = {}
  for (const [name, value] of Object.entries(row.quality)) {
    if (typeof value === 'number') figures[`quality.${name}`] = value
  }
  if (row.suppressed) return figures
  figures.reached = row.reach.reached
  figures.impressions = row.reach.impressions
  figures.assessmentsCompleted = row.reach.assessmentsCompleted
  for (const block of ['pre', 'post', 'followup', 'paired'] as const) {
    const figure = row.knowledge[block]
    if (!('suppressed' in figure)) {
      figures[`${block}.n`] = figure.n
      // The score sum: what a reader would subtract to get a hidden group's scores.
      const mean = 'mean' in figure ? figure.mean : figure.meanDiff
      if (mean !== null) figures[`${block}.sum`] = Math.round(mean * figure.n * 1e9) / 1e9
    }
  }
  return figures
}

const rowsOf = (report: CampaignReport) =>
  new Map<string, AudienceReport>([
    ...report.audiences.map((row): [string, AudienceReport] => [row.audience ?? '', row]),
    ['(total)', report.total],
  ])

/**
 * Whether every respondent query `inner` selects is one `outer` selects too: the same value or
 * none for each filter, a period inside the other's, default quality inside `all`. Then outer
 * minus inner is a set of respondents, and a reader learns its figures.
 */
const nested = (inner: Query, outer: Query) =>
  ['partner', 'channel', 'locale', 'audience'].every(
    (name) => outer[name] === undefined || outer[name] === inner[name],
  ) &&
  (outer.quality !== 'default' || inner.quality === 'default') &&
  (outer.from ?? '0000') <= (inner.from ?? '0000') &&
  (outer.to ?? '9999') >= (inner.to ?? '9999')

describe('small cells survive differencing, over HTTP', () => {
  let server: RunningServer
  let evaluator: Headers
  let check: KnowledgeCheck
  let mainPartner: Awaited<ReturnType<typeof createPartner>>
  let smallPartner: Awaited<ReturnType<typeof createPartner>>
  const answers: Answer[] = []

  const ask = async (query: Query) => {
    const search = new URLSearchParams(query).toString()
    const response = await fetch(`${server.url}/api/reports/campaigns/${SLUG}?${search}`, {
      headers: evaluator,
    })
    expect(response.status, search).toBe(200)
    const report = (await response.json()) as CampaignReport
    answers.push({ query: { quality: 'default', ...query }, report })
    return report
  }

  let started = 0
  /** Respondents seen, then a pre and a post check, ten minutes apart from one another. */
  const people = (
    n: number,
    {
      audience,
      channel = 'web',
      locale = 'es',
      pre,
      week = weekA,
    }: {
      audience: string
      channel?: string
      locale?: string
      pre: number
      week?: string
    },
  ): WireEvent[] =>
    Array.from({ length: n }, () => {
      const respondent = `d-${randomUUID()}`
      const at = (minutes: number) =>
        new Date(
          Date.parse(`${week}T08:00:00Z`) + ((started % 300) * 10 + minutes) * 60_000,
        ).toISOString()
      started += 1
      const submit = (phase: 'post' | 'pre', right: number, minutes: number) =>
        anEvent({
          assessment: {
            answers: answersFor(check, new Set(check.items.slice(0, right).map((i) => i.key))),
            assessment: check.slug,
            phase,
            revision: check.revision,
          },
          audience,
          campaign: SLUG,
          channel,
          locale,
          occurredAt: at(minutes),
          respondent,
          type: 'assessment',
        })
      return [
        anEvent({ audience, campaign: SLUG, channel, locale, occurredAt: at(0), respondent }),
        submit('pre', pre, 1),
        submit('post', 5, 6),
      ]
    }).flat()

  beforeAll(async () => {
    server = await startTestServer()
    const { payload } = server
    const ids = await importBundledCampaigns(payload)
    check = await knowledgeCheckOf(payload, 'peru-loreto-child-protection')
    const audiences = ['tourists', 'hospitality-students', 'migrant-workers'].map(
      (slug) => ids.audiences[slug] as number,
    )
    await payload.create({
      collection: 'campaigns',
      data: {
        _status: 'published',
        audiences,
        knowledgeCheck: check.documentId,
        period: { start: '2026-01-01' },
        slug: SLUG,
        title: 'Differencing',
      },
      overrideAccess: true,
    })
    evaluator = (await signInAs(payload, server.url, 'evaluator')).headers
    mainPartner = await createPartner(payload, { allowedAudiences: audiences })
    smallPartner = await createPartner(payload, {
      allowedAudiences: audiences,
      organisation: 'Small partner',
    })
    // Tourists: 14 through the main partner, on the web, in Spanish, last week; and three groups
    // of three, each of which a filter could single out: another partner's, in English, the week
    // before. Students (12) and migrant workers (2, under k) in classrooms.
    const main = [
      ...people(14, { audience: 'tourists', pre: 1 }),
      ...people(3, { audience: 'tourists', locale: 'en', pre: 4 }),
      ...people(3, { audience: 'tourists', pre: 3, week: weekB }),
      ...people(12, { audience: 'hospitality-students', channel: 'classroom', pre: 2 }),
      ...people(2, { audience: 'migrant-workers', channel: 'classroom', pre: 0 }),
      // Two checks taken before the campaign began: flagged, held back by default.
      ...[0, 1].map((index) =>
        anEvent({
          assessment: {
            answers: answersFor(check, new Set()),
            assessment: check.slug,
            phase: 'pre',
            revision: check.revision,
          },
          campaign: SLUG,
          occurredAt: `2025-12-2${index}T10:00:00.000Z`,
          type: 'assessment',
        }),
      ),
    ]
    for (let start = 0; start < main.length; start += 100) {
      const result = await sendBatch(
        server.url,
        mainPartner.headers,
        main.slice(start, start + 100),
      )
      expect(result.rejected).toEqual([])
    }
    const small = people(3, { audience: 'tourists', pre: 5 })
    expect((await sendBatch(server.url, smallPartner.headers, small)).rejected).toEqual([])
  })
  afterAll(async () => {
    await server?.close()
  })

  it('refuses a k below the deployment’s, and lets a reader raise it', async () => {
    const response = await fetch(`${server.url}/api/reports/campaigns/${SLUG}?k=${K - 1}`, {
      headers: evaluator,
    })
    expect(response.status).toBe(400)
    expect(messageOf(await response.json())).toMatch(`"k" must be a whole number of at least ${K}`)
    expect((await ask({ k: '40' })).total.suppressed).toBe(true)
  })

  it('snaps periods to whole weeks, so moving `from` by a day changes nothing', async () => {
    const report = await ask({ from: addDays(weekA, 2), to: addDays(weekA, 3) })
    expect(report.filters).toMatchObject({ from: weekA, to: addDays(weekA, 6) })
    const dayLater = await ask({ from: addDays(weekA, 3), to: addDays(weekA, 3) })
    expect(dayLater.filters).toEqual(report.filters)
  })

  it('shows what no small group rests on: a channel filter, whose every cell is large', async () => {
    const web = await ask({ channel: 'web' })
    const tourists = web.audiences.find((row) => row.audience === 'tourists')!
    if (tourists.suppressed) throw new Error('the 23 tourists on the web are shown')
    expect(tourists.reach.reached).toBe(23)
    const classroom = await ask({ channel: 'classroom' })
    // Students and migrant workers stay hidden, as in the full report; their 14 in the total.
    expect(classroom.audiences.filter((row) => !row.suppressed)).toEqual([])
    expect(classroom.total).toMatchObject({ reach: { reached: 14 }, suppressed: false })
  })

  it('hides a filtered report that would single out a small group: partner, locale, period, quality', async () => {
    const full = await ask({})
    const tourists = full.audiences.find((row) => row.audience === 'tourists')!
    if (tourists.suppressed) throw new Error('the 23 tourists are shown')
    expect(tourists.reach.reached).toBe(23)
    const filtered: Query[] = [
      { partner: String(mainPartner.id) },
      { partner: String(smallPartner.id) },
      { locale: 'es' },
      { locale: 'en' },
      { from: weekA },
      { to: addDays(weekB, 6) },
      { quality: 'all' },
    ]
    for (const query of filtered) {
      const report = await ask(query)
      for (const row of [...report.audiences, report.total]) {
        expect(row.suppressed, JSON.stringify(query)).toBe(true)
      }
    }
  })

  it('recovers no group of 1 to k − 1 from any set of reports, by any filter and parameter', async () => {
    const partners = [String(mainPartner.id), String(smallPartner.id)]
    const days = Array.from({ length: 21 }, (_, index) => addDays(weekB, index - 3))
    const queries: Query[] = [
      {},
      { k: '10' },
      { quality: 'all' },
      ...['tourists', 'hospitality-students', 'migrant-workers'].map((audience) => ({ audience })),
      ...partners.map((partner) => ({ partner })),
      ...['web', 'classroom'].map((channel) => ({ channel })),
      ...['es', 'en'].map((locale) => ({ locale })),
      ...days.map((from) => ({ from })),
      ...days.map((to) => ({ to })),
      ...days.map((from) => ({ from, to: addDays(from, 6) })),
      ...partners.map((partner) => ({ channel: 'web', partner })),
      { audience: 'tourists', locale: 'en' },
      { audience: 'tourists', quality: 'all' },
      { channel: 'web', from: weekA },
    ]
    for (const query of queries) await ask(query)

    const offenders: string[] = []
    const small = (value: number) => value !== 0 && Math.abs(value) < K
    for (const { query, report } of answers) {
      // Total minus the rows shown.
      const rows = rowsOf(report)
      const total = sizes(report.total)
      for (const [name, value] of Object.entries(total)) {
        const shown = report.audiences.map((row) => sizes(row)[name])
        if (shown.some((figure) => figure === undefined)) {
          const rest = value - shown.reduce((sum: number, figure) => sum + (figure ?? 0), 0)
          const hidden = report.audiences.filter((row) => sizes(row)[name] === undefined)
          // What the hidden rows hold together.
          if (hidden.length > 0 && name.endsWith('.n') && small(rest)) {
            offenders.push(`${JSON.stringify(query)} total − shown ${name} = ${rest}`)
          }
        }
      }
      // One report minus another that selects fewer respondents: a set, whose size must not be small.
      for (const other of answers) {
        if (other === undefined || !nested(other.query, query)) continue
        const otherRows = rowsOf(other.report)
        for (const [label, row] of rows) {
          const inner = otherRows.get(label)
          if (!inner) continue
          const outerSizes = sizes(row)
          const innerSizes = sizes(inner)
          for (const [name, value] of Object.entries(outerSizes)) {
            if (!name.endsWith('.n') && name !== 'reached' && !name.startsWith('quality.')) continue
            const difference = value - (innerSizes[name] ?? value)
            if (innerSizes[name] !== undefined && small(difference)) {
              offenders.push(
                `${JSON.stringify(query)} − ${JSON.stringify(other.query)} ${label} ${name} = ${difference}`,
              )
            }
          }
        }
      }
    }
    expect(offenders).toEqual([])
  })
})
