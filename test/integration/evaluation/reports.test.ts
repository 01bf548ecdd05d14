import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { PDFParse } from 'pdf-parse'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { create } from 'xmlbuilder2'

import type { AudienceReport, CampaignReport } from '../../../src/evaluation/reports/figureTypes'
import { SUBMISSIONS_SLUG } from '../../../src/evaluation/collections/slugs'
import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'

import {
  reachSentence,
  suppressedRowSentence,
} from '../../../src/evaluation/admin/overview/plainWords'
import { createPartner, signInAs } from '../../helpers/accounts'
import { importBundledCampaigns, type BundledIds } from '../../helpers/bundledCampaigns'
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

const SLUG = 'three-audiences'
const IATI_ORG = 'GB-CHC-0000000'

/**
 * What IATI 2.03 requires of the elements the export writes, from the standard's reference
 * (https://iatistandard.org/en/iati-standard/203/activity-standard/, each element's page: order
 * of children, required attributes) and codelists (https://iatistandard.org/en/iati-standard/203/codelists/).
 */
const iatiOrder: Record<string, string[]> = {
  actual: ['location', 'dimension', 'comment', 'document-link'],
  baseline: ['location', 'dimension', 'document-link', 'comment'],
  'iati-activity': [
    'iati-identifier',
    'reporting-org',
    'title',
    'description',
    'participating-org',
    'other-identifier',
    'activity-status',
    'activity-date',
    'contact-info',
    'activity-scope',
    'recipient-country',
    'recipient-region',
    'location',
    'sector',
    'tag',
    'country-budget-items',
    'humanitarian-scope',
    'policy-marker',
    'collaboration-type',
    'default-flow-type',
    'default-finance-type',
    'default-aid-type',
    'default-tied-status',
    'budget',
    'planned-disbursement',
    'capital-spend',
    'transaction',
    'document-link',
    'related-activity',
    'legacy-data',
    'conditions',
    'result',
    'crs-add',
    'fss',
  ],
  indicator: ['title', 'description', 'document-link', 'reference', 'baseline', 'period'],
  period: ['period-start', 'period-end', 'target', 'actual'],
  result: ['title', 'description', 'document-link', 'reference', 'indicator'],
  target: ['location', 'dimension', 'comment', 'document-link'],
}
const iatiRequiredChildren: Record<string, string[]> = {
  comment: ['narrative'],
  description: ['narrative'],
  'iati-activities': ['iati-activity'],
  'iati-activity': [
    'iati-identifier',
    'reporting-org',
    'title',
    'description',
    'participating-org',
    'activity-status',
    'activity-date',
  ],
  indicator: ['title'],
  period: ['period-start', 'period-end'],
  'reporting-org': ['narrative'],
  result: ['title', 'indicator'],
  title: ['narrative'],
}
const iatiRequiredAttributes: Record<string, string[]> = {
  'activity-date': ['type', 'iso-date'],
  'activity-status': ['code'],
  baseline: ['year'],
  'iati-activities': ['version'],
  indicator: ['measure'],
  'participating-org': ['role'],
  'period-end': ['iso-date'],
  'period-start': ['iso-date'],
  'reporting-org': ['ref', 'type'],
  result: ['type'],
}
const codes = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => String(from + index))
/** Element → attribute → the codelist its values come from. */
const iatiCodelists: Record<string, Record<string, string[]>> = {
  'activity-date': { type: codes(1, 4) }, // ActivityDateType
  'activity-status': { code: codes(1, 6) }, // ActivityStatus
  description: { type: codes(1, 4) }, // DescriptionType
  indicator: { ascending: ['0', '1', 'true', 'false'], measure: codes(1, 5) }, // IndicatorMeasure
  'participating-org': {
    role: codes(1, 4), // OrganisationRole
    type: [
      '10',
      '11',
      '15',
      '21',
      '22',
      '23',
      '24',
      '30',
      '40',
      '60',
      '70',
      '71',
      '72',
      '73',
      '80',
      '90',
    ],
  },
  'reporting-org': {
    type: [
      '10',
      '11',
      '15',
      '21',
      '22',
      '23',
      '24',
      '30',
      '40',
      '60',
      '70',
      '71',
      '72',
      '73',
      '80',
      '90',
    ],
  },
  result: { type: ['1', '2', '3', '9'] }, // ResultType
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** An element's child elements (xmlbuilder2's DOM: childNodes, not children). */
const elementsIn = (element: Element): Element[] =>
  [...element.childNodes].filter((node): node is Element => node.nodeType === 1)

/** The elements under one with these names, in document order (its DOM has no selectors). */
const under = (element: Element, ...names: string[]): Element[] =>
  elementsIn(element).flatMap((child) => [
    ...(names.includes(child.tagName) ? [child] : []),
    ...under(child, ...names),
  ])
/** The text of the first element down a path of names. */
const textAt = (element: Element, ...path: string[]): null | string | undefined => {
  let at: Element | undefined = element
  for (const name of path) at = at && under(at, name)[0]
  return at?.textContent
}

/** Every way an element breaks the rules above, by path. */
const iatiProblems = (element: Element, path = element.tagName): string[] => {
  const problems: string[] = []
  const children = elementsIn(element)
  const names = children.map((child) => child.tagName)
  const order = iatiOrder[element.tagName]
  if (order) {
    const positions = names.map((name) => order.indexOf(name))
    if (positions.includes(-1)) problems.push(`${path}: a child not in the standard: ${names}`)
    if (positions.some((position, index) => index > 0 && position < positions[index - 1]!))
      problems.push(`${path}: children out of order: ${names}`)
  }
  for (const name of iatiRequiredChildren[element.tagName] ?? []) {
    if (!names.includes(name)) problems.push(`${path}: no ${name}`)
  }
  for (const name of iatiRequiredAttributes[element.tagName] ?? []) {
    if (!element.hasAttribute(name)) problems.push(`${path}: no @${name}`)
  }
  for (const [name, allowed] of Object.entries(iatiCodelists[element.tagName] ?? {})) {
    const value = element.getAttribute(name)
    if (value !== null && !allowed.includes(value)) problems.push(`${path}/@${name}=${value}`)
  }
  const isoDate = element.getAttribute('iso-date')
  if (isoDate !== null && !ISO_DATE.test(isoDate)) problems.push(`${path}/@iso-date=${isoDate}`)
  for (const name of ['value']) {
    const value = element.getAttribute(name)
    if (value !== null && !Number.isFinite(Number(value))) problems.push(`${path}/@value=${value}`)
  }
  return [
    ...problems,
    ...children.flatMap((child, index) =>
      iatiProblems(child, `${path}/${child.tagName}[${index}]`),
    ),
  ]
}

describe('GET /api/reports/campaigns/:idOrSlug', () => {
  useDeploymentK(5)
  beforeAll(() => {
    vi.stubEnv('IATI_REPORTING_ORG_REF', IATI_ORG)
    vi.stubEnv('IATI_REPORTING_ORG_TYPE', '22')
    vi.stubEnv('IATI_REPORTING_ORG_NAME', 'Aware & Partners (test)')
  })
  let server: RunningServer
  let payload: Payload
  let ids: BundledIds
  let evaluator: { headers: Headers }
  let partner: { headers: Headers }
  let check: KnowledgeCheck
  /** The respondent ids the partner sent, by audience. */
  const sentIds = new Map<string, string[]>()

  const get = async (path: string, headers: Headers) => {
    const response = await fetch(`${server.url}/api/reports/campaigns/${path}`, { headers })
    const text = await response.text()
    const isJson = response.headers.get('content-type')?.includes('application/json')
    return {
      body: isJson ? (JSON.parse(text) as unknown) : text,
      headers: response.headers,
      status: response.status,
    }
  }

  /**
   * n respondents of an audience, each seen, with a pre and a post check: one after another,
   * five minutes apart, as a class or a site's visitors would take them (the quality flags hold
   * fabricated-looking bursts back).
   */
  let started = 0
  const population = (audience: string, n: number, preRight: number, postRight: number) =>
    Array.from({ length: n }, () => {
      const respondent = `r-${randomUUID()}`
      sentIds.set(audience, [...(sentIds.get(audience) ?? []), respondent])
      const at = (minutes: number) =>
        new Date(Date.now() - 86_400_000 + (started * 5 + minutes) * 60_000).toISOString()
      started += 1
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
          audience,
          campaign: SLUG,
          occurredAt: at(minutes),
          respondent,
          type: 'assessment',
        })
      return [
        anEvent({ audience, campaign: SLUG, occurredAt: at(0), respondent }),
        submit('pre', preRight, 1),
        submit('post', postRight, 4),
      ]
    }).flat()

  beforeAll(async () => {
    server = await startTestServer()
    payload = server.payload
    ids = await importBundledCampaigns(payload)
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
        objectives: audiences.map((audience, index) => ({
          audience,
          knowledgeGainTarget: 0.2,
          passMark: 0.7,
          reachTarget: 100 * (index + 1),
        })),
        iatiIdentifier: `${IATI_ORG}-THREE-2026`,
        period: { start: '2026-01-01' },
        slug: SLUG,
        summary: 'Three audiences told the signs of trafficking and where to report them.',
        title: 'Three audiences',
      },
      overrideAccess: true,
    })
    evaluator = await signInAs(payload, server.url, 'evaluator')
    partner = await createPartner(payload, { allowedAudiences: audiences })
    const events = [
      ...population('tourists', 12, 1, 4),
      ...population('hospitality-students', 30, 2, 5),
      ...population('migrant-workers', 3, 0, 6),
    ]
    for (let start = 0; start < events.length; start += 100) {
      const result = await sendBatch(server.url, partner.headers, events.slice(start, start + 100))
      expect(result.rejected).toEqual([])
    }
  })
  afterAll(async () => {
    await server?.close()
  })

  const byAudience = (report: CampaignReport, slug: string) =>
    report.audiences.find((row) => row.audience === slug) as AudienceReport

  it('answers 401 without a session, 403 to a partner key, and 200 to every staff role', async () => {
    expect((await get(SLUG, {})).status).toBe(401)
    const asPartner = await get(SLUG, partner.headers)
    expect(asPartner.status).toBe(403)
    expect(messageOf(asPartner.body)).toMatch(/evaluators, editors and administrators/)
    for (const role of ['evaluator', 'editor', 'admin'] as const) {
      const { headers } = await signInAs(payload, server.url, role)
      expect((await get(SLUG, headers)).status).toBe(200)
    }
  })

  it('rejects malformed filters with 400 and says why, and an unknown campaign with 404', async () => {
    const cases: [string, RegExp][] = [
      [`${SLUG}?k=4`, /"k" must be a whole number of at least 5/],
      [`${SLUG}?k=ten`, /"k" must be a whole number/],
      [`${SLUG}?from=2026-13-01`, /"from" must be a day written YYYY-MM-DD/],
      [`${SLUG}?from=2026-05-02&to=2026-05-01`, /is after "to"/],
      [`${SLUG}?format=xml`, /"format" must be json, csv, xlsx or iati/],
      [`${SLUG}?channel=billboard`, /not a known channel/],
      [`${SLUG}?audiences=tourists`, /"audiences" is not a report filter/],
      [`${SLUG}?audience=pilots`, /"pilots" is not a known audience slug/],
    ]
    for (const [path, message] of cases) {
      const answer = await get(path, evaluator.headers)
      expect(answer.status, path).toBe(400)
      expect(messageOf(answer.body)).toMatch(message)
    }
    expect((await get('no-such-campaign', evaluator.headers)).status).toBe(404)
  })

  it('has the documented shape, with reach targets and attainment from the objectives', async () => {
    const { body } = await get(`${SLUG}?k=5`, evaluator.headers)
    const report = body as CampaignReport
    expect(report).toMatchObject({
      campaign: { slug: SLUG, title: 'Three audiences' },
      k: 5,
      total: { audience: null, suppressed: false },
    })
    expect(Date.parse(report.generatedAt)).not.toBeNaN()
    const students = byAudience(report, 'hospitality-students')
    if (students.suppressed) throw new Error('students should be shown')
    expect(students.reach).toMatchObject({
      assessmentsCompleted: 60,
      attainment: 30 / 200,
      impressions: 30,
      reached: 30,
      reachedError: 0,
      target: 200,
    })
    expect(Object.keys(students.knowledge).sort()).toEqual(
      [
        'attainment',
        'followup',
        'items',
        'mastery',
        'normalizedGain',
        'normalizedGainCi',
        'normalizedGainLabel',
        'observedGain',
        'observedGainBasis',
        'paired',
        'post',
        'pre',
        'reliability',
        'retention',
        'suppressed',
        'target',
        'unpaired',
      ].sort(),
    )
    // Sums merged from two days (events near midnight UTC) round differently in the last bit.
    expect(students.knowledge.paired).toMatchObject({
      meanDiff: expect.closeTo(3 / check.items.length, 12),
      n: 30,
    })
    expect(students.knowledge.observedGainBasis).toBe('paired')
    expect(report.methods['knowledge.paired.dzCi']).toMatch(/noncentral t/)
    expect(students.knowledge.followup).toEqual({ suppressed: true })
    expect(students.knowledge.suppressed).toEqual(['followup', 'retention'])
  })

  it('suppresses an audience under k and, secondarily, the next-smallest one', async () => {
    const { body } = await get(`${SLUG}?k=10`, evaluator.headers)
    const report = body as CampaignReport
    expect(report.k).toBe(10)
    // migrant-workers (3) is under k; tourists (12) is hidden too, or total − students = them.
    // A suppressed row gives no figure, and its review counts not its size.
    const hiddenQuality = expect.objectContaining({ included: null, received: null })
    expect(byAudience(report, 'migrant-workers')).toEqual({
      audience: 'migrant-workers',
      quality: hiddenQuality,
      suppressed: true,
    })
    expect(byAudience(report, 'tourists')).toEqual({
      audience: 'tourists',
      quality: hiddenQuality,
      suppressed: true,
    })
    const students = byAudience(report, 'hospitality-students')
    const total = report.total
    if (students.suppressed || total.suppressed) throw new Error('students and total are shown')
    expect(total.reach.reached - students.reach.reached).toBe(15)
    expect(total.reach.impressions).toBe(45)

    const csv = await get(`${SLUG}?format=csv&k=10`, evaluator.headers)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
    const rows = parse(csv.body as string, { columns: true }) as Record<string, string>[]
    for (const hidden of ['migrant-workers', 'tourists']) {
      const lines = rows.filter((row) => row.audience === hidden)
      expect(lines.filter((row) => !row.measure.startsWith('quality.'))).toEqual([
        { audience: hidden, measure: 'suppressed', value: 'true' },
      ])
      expect(lines.find((row) => row.measure === 'quality.included')?.value).toBe('')
    }
    const studentRows = rows.filter((row) => row.audience === 'hospitality-students')
    expect(studentRows).toContainEqual({
      audience: 'hospitality-students',
      measure: 'reach.reached',
      value: '30',
    })
    expect(studentRows).toContainEqual({
      audience: 'hospitality-students',
      measure: 'knowledge.followup',
      value: 'suppressed',
    })
  })

  it('filters by audience as the full report shows it: no row it hides comes back', async () => {
    const { body } = await get(`${SLUG}?k=5&audience=hospitality-students`, evaluator.headers)
    const report = body as CampaignReport
    expect(report.audiences.map((row) => row.audience)).toEqual(['hospitality-students'])
    const students = byAudience(report, 'hospitality-students')
    if (students.suppressed) throw new Error('30 respondents is over k = 5')
    expect(students.reach.reached).toBe(30)
    expect(report.total).toMatchObject({ reach: { reached: 30 } })
    // Migrant workers (3) are under k, so the tourists (12) are hidden too in the full report:
    // asked for alone, they stay hidden, or total − students − tourists would give the three.
    const alone = (await get(`${SLUG}?k=5&audience=tourists`, evaluator.headers))
      .body as CampaignReport
    expect(byAudience(alone, 'tourists').suppressed).toBe(true)
    expect(alone.total.suppressed).toBe(true)
  })

  describe('the donor summary (GET …/summary)', () => {
    const summary = async (query: string, headers: Headers = evaluator.headers) => {
      const response = await fetch(`${server.url}/api/reports/campaigns/${SLUG}/summary${query}`, {
        headers,
      })
      return response
    }
    /** A page's text as a reader sees it: tags dropped, React's five escapes read back. */
    const textOf = (html: string) =>
      html
        .replace(/<style[^>]*>[^<]*<\/style>/g, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
    const sectionOf = (html: string, label: string) =>
      new RegExp(`<section aria-label="${label}"[^>]*>(.*?)</section>`).exec(html)?.[1] ?? ''
    const pdfText = async (bytes: ArrayBuffer) => {
      const parser = new PDFParse({ data: new Uint8Array(bytes) })
      try {
        const { text, total } = await parser.getText()
        return { pages: total, text: text.replace(/\s+/g, ' ') }
      } finally {
        await parser.destroy()
      }
    }

    it('answers 401 without a session, 403 to a partner key, and the page to every staff role', async () => {
      expect((await summary('', {})).status).toBe(401)
      const asPartner = await summary('', partner.headers)
      expect(asPartner.status).toBe(403)
      expect(messageOf(await asPartner.json())).toMatch(/evaluators, editors and administrators/)
      for (const role of ['evaluator', 'editor', 'admin'] as const) {
        const { headers } = await signInAs(payload, server.url, role)
        const answer = await summary('?k=10', headers)
        expect(answer.status, role).toBe(200)
        expect(answer.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/)
        expect(answer.headers.get('cache-control')).toBe('no-store')
      }
    })

    it('checks its filters as the report does, with 400s that say why', async () => {
      const cases: [string, RegExp][] = [
        ['?format=docx', /"format" must be html \(the default\) or pdf/],
        ['?format=csv', /"format" must be html/],
        ['?interval=week', /"interval" is not a summary parameter/],
        ['?k=4', /"k" must be a whole number of at least 5/],
        ['?from=2026-02-30', /"from" must be a day written YYYY-MM-DD/],
        ['?channel=web&locale=en', /one of channel, locale, partner or a period at a time/],
        ['?audience=pilots', /"pilots" is not a known audience slug/],
        ['?format=pdf&format=html', /Give "format" once/],
      ]
      for (const [query, message] of cases) {
        const answer = await summary(query)
        expect(answer.status, query).toBe(400)
        expect(messageOf(await answer.json()), query).toMatch(message)
      }
      const unknown = await fetch(`${server.url}/api/reports/campaigns/no-such-campaign/summary`, {
        headers: evaluator.headers,
      })
      expect(unknown.status).toBe(404)
    })

    it('says what the protected report says, in the overview’s words, and nothing it hides', async () => {
      const report = (await get(`${SLUG}?k=10`, evaluator.headers)).body as CampaignReport
      const students = byAudience(report, 'hospitality-students')
      if (students.suppressed || report.total.suppressed) throw new Error('students are shown')
      const answer = await summary('?k=10')
      const html = await answer.text()
      expect(answer.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
      expect(answer.headers.get('content-security-policy')).not.toMatch(/script-src/)
      expect(html).not.toMatch(/<script/)
      const text = textOf(html)
      expect(text).toContain('Three audiences')
      expect(textOf(sectionOf(html, 'Hospitality and tourism students'))).toContain(
        reachSentence(students.reach),
      )
      expect(text).toContain(reachSentence(report.total.reach))
      expect(text).toContain('Objective: reach 200 people; raise scores by +20.0 points')
      for (const hidden of ['Tourists and travellers', 'Migrant workers']) {
        const section = sectionOf(html, hidden)
        expect(textOf(section), hidden).toContain(suppressedRowSentence(10, false))
        expect(section, hidden).not.toMatch(/<table|reached|Score before/)
      }
      // 12 tourists and 3 migrant workers: neither count, nor their 15, appears anywhere.
      expect(text).not.toMatch(/\b(12|3|15) (people|person)\b/)
      expect(text).toContain('Period: the whole campaign so far.')
      expect(text).toMatch(/no figure rests on fewer than 10 people/)
      expect(text).toMatch(/Generated \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC/)
      expect(html).toContain(`href="/api/reports/campaigns/${SLUG}/summary?k=10&amp;format=pdf"`)

      const pdf = await summary('?k=10&format=pdf')
      expect(pdf.status).toBe(200)
      expect(pdf.headers.get('content-type')).toBe('application/pdf')
      expect(pdf.headers.get('content-disposition')).toMatch(/three-audiences-summary\.pdf/)
      const printed = await pdfText(await pdf.arrayBuffer())
      expect(printed.pages).toBeGreaterThanOrEqual(1)
      expect(printed.pages).toBeLessThanOrEqual(2)
      expect(printed.text).toContain(reachSentence(students.reach))
      expect(printed.text).toContain(suppressedRowSentence(10, false))
      expect(printed.text).not.toMatch(/\b(12|3|15) (people|person)\b/)
      const exported = await payload.find({
        collection: 'audit-events',
        overrideAccess: true,
        where: { action: { equals: 'data.exported' }, summary: { like: 'donor summary' } },
      })
      expect(exported.docs.map((entry) => entry.details)).toContainEqual(
        expect.objectContaining({ format: 'pdf', k: 10, what: 'summary' }),
      )
    })

    it('carries the report’s filters, and says which it covers', async () => {
      const one = await (await summary('?k=5&audience=hospitality-students')).text()
      expect(textOf(one)).toContain('Audience: Hospitality and tourism students only.')
      expect(one).not.toMatch(
        /aria-label="(Tourists and travellers|Migrant workers|All audiences)"/,
      )
      const period = textOf(await (await summary('?from=2026-01-07&to=2026-01-07')).text())
      // Whole ISO weeks: Wednesday 7 January 2026 widens to Monday 5 to Sunday 11.
      expect(period).toContain('Period: 5 Jan 2026 to 11 Jan 2026')
      expect(period).toContain(suppressedRowSentence(5, true))
      const all = textOf(await (await summary('?quality=all&k=5')).text())
      expect(all).toContain('flagged and excluded ones included')
    })

    it('shows what an editor wrote as text, never as markup, and prints non-Latin titles', async () => {
      const title = 'حملة التوعية <script>alert("x")</script> & Co'
      const created = await payload.create({
        collection: 'campaigns',
        data: {
          audiences: [ids.audiences.tourists as number],
          knowledgeCheck: check.documentId,
          period: { start: '2026-01-01' },
          slug: 'escaped-title',
          summary: '<img src=x onerror="alert(1)"> दिल्ली মানব পাচার',
          title,
        },
        overrideAccess: true,
      })
      const answer = await fetch(`${server.url}/api/reports/campaigns/${created.slug}/summary`, {
        headers: evaluator.headers,
      })
      const html = await answer.text()
      expect(answer.status).toBe(200)
      expect(html).not.toMatch(/<script>alert|<img src/)
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co')
      expect(textOf(html)).toContain(title)
      expect(html).toMatch(/<h1 dir="auto">حملة/)

      const pdf = await fetch(
        `${server.url}/api/reports/campaigns/${created.slug}/summary?format=pdf`,
        { headers: evaluator.headers },
      )
      const bytes = await pdf.arrayBuffer()
      const raw = Buffer.from(bytes).toString('latin1')
      for (const font of ['NotoSansArabic', 'NotoSansDevanagari', 'NotoSansBengali']) {
        expect(raw, font).toContain(font)
      }
      const { pages, text } = await pdfText(bytes)
      expect(pages).toBe(1)
      // Every letter printed is a real glyph (a missing one reads back as U+0000 or U+FFFD).
      expect([text.includes('\u0000'), text.includes('\ufffd')]).toEqual([false, false])
      // Medial yeh and teh share one base glyph in Noto (the dots are marks), so a text
      // extractor reads both as teh: the letters checked are those it reads back unambiguously.
      expect(text).toContain('حملة')
      for (const letter of new Set('التوع')) expect(text, letter).toContain(letter)
      expect(text).toContain('script>alert("x")</script> & Co')
      expect(text).toContain('মানব পাচার')
    })
  })

  /** What an analyst's spreadsheet reads: every cell of a sheet, empty ones as null. */
  const tableOf = (sheet: ExcelJS.Worksheet): unknown[][] => {
    const width = sheet.getRow(1).cellCount
    return Array.from({ length: sheet.rowCount }, (_, index) => {
      const row = sheet.getRow(index + 1)
      return Array.from({ length: width }, (_, column) => row.getCell(column + 1).value ?? null)
    })
  }

  const isSuppressedBlock = (value: unknown) =>
    typeof value === 'object' &&
    value !== null &&
    (value as { suppressed?: unknown }).suppressed === true

  /** A figure of the JSON report by the variable name the workbook's Columns sheet gives it. */
  const figureOf = (row: AudienceReport, variable: string): unknown => {
    if (variable === 'audience') return row.audience ?? 'total'
    if (variable === 'suppressed') return row.suppressed ? 'suppressed' : 'shown'
    if (row.suppressed && !variable.startsWith('quality.')) return 'suppressed'
    if (variable === 'knowledge.suppressed' && !row.suppressed) {
      return row.knowledge.suppressed.join(', ')
    }
    let value: unknown = row
    let steps = variable.split('.')
    if (variable.startsWith('knowledge.items.') && !row.suppressed) {
      const [key, ...rest] = variable.slice('knowledge.items.'.length).split('.')
      value = row.knowledge.items.find((item) => item.item === key)
      steps = rest
    }
    for (const step of steps) {
      if (isSuppressedBlock(value)) return 'suppressed'
      // An interval's bounds are named as in the CSV: ….ci.lower, ….ci.upper.
      const index = Array.isArray(value) ? { lower: 0, upper: 1 }[step] : undefined
      value = (value as Record<string, unknown> | null | undefined)?.[index ?? step]
    }
    return isSuppressedBlock(value) ? 'suppressed' : (value ?? null)
  }

  /** Checks one cell against the JSON figure, rounded as the Columns sheet's unit says. */
  const expectRounded = (cell: unknown, figure: unknown, unit: string, where: string) => {
    if (figure === null || typeof figure !== 'number') {
      expect(cell, where).toBe(figure === null ? null : String(figure))
      return
    }
    const decimals: [RegExp, number, number][] = [
      [/^percent|^percentage points/, 1, 100],
      [/^people or submissions/, 0, 1],
      [/^no unit, 2 decimals/, 2, 1],
      [/^degrees of freedom/, 1, 1],
    ]
    if (unit.startsWith('probability')) {
      expect(cell, where).toBe(figure < 0.001 ? '< 0.001' : Number(figure.toPrecision(3)))
      return
    }
    const rule = decimals.find(([pattern]) => pattern.test(unit))
    if (!rule) throw new Error(`${where}: no rounding rule for the unit "${unit}"`)
    const [, places, scale] = rule
    expect(typeof cell, where).toBe('number')
    const shown = cell as number
    expect(Math.abs(shown * 10 ** places - Math.round(shown * 10 ** places)), where).toBeLessThan(
      1e-6,
    )
    expect(Math.abs(shown - figure * scale), where).toBeLessThanOrEqual(0.5 / 10 ** places + 1e-9)
  }

  it('writes the report as a workbook equal to the JSON, rounded as documented, suppressed cells never as numbers', async () => {
    const report = (await get(`${SLUG}?k=10`, evaluator.headers)).body as CampaignReport
    const response = await fetch(`${server.url}/api/reports/campaigns/${SLUG}?k=10&format=xlsx`, {
      headers: evaluator.headers,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/spreadsheetml\.sheet/)
    expect(response.headers.get('content-disposition')).toMatch(/three-audiences-report\.xlsx/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Report', 'Columns', 'About'])

    const sheet = workbook.getWorksheet('Report')!
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const [headers, ...rows] = tableOf(sheet)
    const definitions = tableOf(workbook.getWorksheet('Columns')!).slice(1, headers.length + 1)
    // Every column is defined, in order, with a meaning, a unit and a method.
    expect(definitions.map((definition) => definition[0])).toEqual(headers)
    for (const [name, meaning, unit, method] of definitions) {
      for (const text of [meaning, unit, method]) expect(typeof text, String(name)).toBe('string')
    }
    const jsonRows = [...report.audiences, report.total]
    expect(rows.map((row) => row[0])).toEqual(jsonRows.map((row) => row.audience ?? 'total'))
    rows.forEach((cells, r) => {
      definitions.forEach(([header, , unit, , variable], c) => {
        const figure = figureOf(jsonRows[r], String(variable))
        expectRounded(cells[c], figure, String(unit), `${String(cells[0])} / ${String(header)}`)
      })
    })

    // Tourists (12) and migrant workers (3) are suppressed: their figures read only "suppressed".
    for (const hidden of ['tourists', 'migrant-workers']) {
      const cells = rows.find((row) => row[0] === hidden)!
      const figures = cells.filter((_, c) => !String(definitions[c][4]).startsWith('quality.'))
      expect(figures.slice(1)).toEqual(figures.slice(1).map(() => 'suppressed'))
      expect(cells.filter((cell) => typeof cell === 'number')).toEqual([])
    }
    // A few figures checked by hand: 30 students, 3 of the check's items more after.
    const students = rows.find((row) => row[0] === 'hospitality-students')!
    const at = (header: string) => students[headers.indexOf(header)]
    expect(at('People reached')).toBe(30)
    expect(at('Change (paired): mean change (points)')).toBe(
      Math.round((3 / check.items.length) * 1000) / 10,
    )
    expect(at('Follow-up: mean score (%)')).toBe('suppressed')

    const entries = await payload.find({
      collection: 'audit-events',
      pagination: false,
      where: { action: { equals: 'data.exported' } },
    })
    expect(entries.docs.map((entry) => entry.details)).toContainEqual({
      filters: {},
      format: 'xlsx',
      what: 'report',
    })
  })

  it('exports de-identified submissions to administrators only: pseudonyms pair pre and post, never the ids sent', async () => {
    const download = async (path: string, headers: Headers) => {
      const response = await fetch(
        `${server.url}/api/reports/campaigns/${SLUG}/submissions${path}`,
        {
          headers,
        },
      )
      return { response, text: await response.text() }
    }
    expect((await download('', {})).response.status).toBe(401)
    for (const role of ['evaluator', 'editor'] as const) {
      const { headers } = await signInAs(payload, server.url, role)
      for (const path of ['', '/codebook']) {
        const { response, text } = await download(path, headers)
        expect(response.status, `${role} ${path}`).toBe(403)
        expect(messageOf(JSON.parse(text))).toMatch(/Only administrators export submission-level/)
      }
    }
    const admin = await signInAs(payload, server.url, 'admin')
    const refused = await download('?respondent=r-1', admin.headers)
    expect(refused.response.status).toBe(400)
    expect(messageOf(JSON.parse(refused.text))).toMatch(/"respondent" is not a filter/)

    const first = await download('', admin.headers)
    expect(first.response.status).toBe(200)
    expect(first.response.headers.get('content-disposition')).toMatch(
      /three-audiences-submissions\.csv/,
    )
    const rows = parse(first.text, { columns: true }) as Record<string, string>[]
    const itemColumns = check.items.map((item) => `q_${item.key.replace(/[^A-Za-z0-9]/g, '_')}`)
    expect(Object.keys(rows[0])).toEqual([
      'respondent',
      'audience',
      'channel',
      'locale',
      'phase',
      'score',
      'status',
      ...itemColumns,
    ])
    expect(rows).toHaveLength(2 * (12 + 30 + 3))
    const byPseudonym = new Map<string, Record<string, string>[]>()
    for (const row of rows) {
      byPseudonym.set(row.respondent, [...(byPseudonym.get(row.respondent) ?? []), row])
    }
    expect(byPseudonym.size).toBe(45)
    for (const checks of byPseudonym.values()) {
      expect(checks.map((row) => row.phase)).toEqual(['pre', 'post'])
      expect(new Set(checks.map((row) => row.audience)).size).toBe(1)
    }
    const student = rows.filter((row) => row.audience === 'hospitality-students')
    expect(student).toHaveLength(60)
    const items = check.items
    for (const row of student) {
      const right = row.phase === 'pre' ? 2 : 5
      expect(Number(row.score)).toBeCloseTo(right / items.length, 4)
      const answers = answersFor(check, new Set(items.slice(0, right).map((item) => item.key)))
      expect(itemColumns.map((name) => row[name])).toEqual(items.map((item) => answers[item.key]))
    }
    // Neither what the partner sent nor what the store keeps appears anywhere in the file.
    const campaign = await payload.find({
      collection: 'campaigns',
      depth: 0,
      where: { slug: { equals: SLUG } },
    })
    const stored = await payload.find({
      collection: SUBMISSIONS_SLUG,
      pagination: false,
      where: { campaign: { equals: String(campaign.docs[0].id) } },
    })
    expect(stored.docs).toHaveLength(90)
    for (const id of [...sentIds.values()].flat()) expect(first.text).not.toContain(id)
    for (const doc of stored.docs) expect(first.text).not.toContain(String(doc.respondent))
    // Another export, other pseudonyms: two exports cannot be joined on them.
    const second = parse((await download('', admin.headers)).text, { columns: true }) as Record<
      string,
      string
    >[]
    const firstPseudonyms = new Set(byPseudonym.keys())
    expect(second.filter((row) => firstPseudonyms.has(row.respondent))).toEqual([])

    const codebook = await download('/codebook', admin.headers)
    expect(codebook.response.status).toBe(200)
    const entries = parse(codebook.text, { columns: true }) as Record<string, string>[]
    expect(entries.filter((entry) => entry.type !== '').map((entry) => entry.variable)).toEqual(
      Object.keys(rows[0]),
    )
    const valuesOf = (variable: string) =>
      entries.filter((entry) => entry.variable === variable && entry.value !== '')
    expect(valuesOf('phase').map((entry) => entry.value)).toEqual(['pre', 'post', 'followup'])
    expect(valuesOf('status').map((entry) => entry.value)).toEqual([
      'ok',
      'flagged',
      'excluded',
      'approved',
    ])
    expect(valuesOf('audience').map((entry) => entry.value)).toEqual([
      'tourists',
      'hospitality-students',
      'migrant-workers',
    ])
    const firstItem = valuesOf(itemColumns[0])
    expect(firstItem.map((entry) => entry.value)).toEqual(items[0].choices)
    expect(
      firstItem
        .filter((entry) => entry.value_label.endsWith('(correct)'))
        .map((entry) => entry.value),
    ).toEqual(items[0].correct)

    const audit = await payload.find({
      collection: 'audit-events',
      pagination: false,
      where: { action: { equals: 'data.exported' } },
    })
    const exports = audit.docs.filter(
      (entry) => (entry.details as { what?: string }).what === 'submissions',
    )
    expect(exports).toHaveLength(2)
    expect(exports[0]).toMatchObject({
      actorLabel: expect.stringMatching(/^admin-/),
      details: { filters: {}, format: 'csv', rows: 90, what: 'submissions' },
      subjectCollection: 'campaigns',
    })
  })

  it('writes IATI activity XML 2.03 as the standard requires, suppressed figures without a value', async () => {
    const refused = await get('peru-loreto-child-protection?format=iati', evaluator.headers)
    expect(refused.status).toBe(409)
    expect(messageOf(refused.body)).toMatch(/Set the IATI activity identifier .* "GB-CHC-0000000-"/)

    const json = (await get(`${SLUG}?k=10`, evaluator.headers)).body as CampaignReport
    const answer = await get(`${SLUG}?format=iati&k=10`, evaluator.headers)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toMatch(/application\/xml/)
    expect(answer.headers.get('content-disposition')).toMatch(/three-audiences-iati\.xml/)
    const root = create(answer.body as string).root().node as unknown as Element
    expect(root.tagName).toBe('iati-activities')
    expect(root.getAttribute('version')).toBe('2.03')
    expect(iatiProblems(root)).toEqual([])

    const activity = elementsIn(root)[0]!
    expect(activity.getAttribute('xml:lang')).toBe('en') // Language codelist: ISO 639-1
    expect(textAt(activity, 'iati-identifier')).toBe(`${IATI_ORG}-THREE-2026`)
    expect(under(activity, 'reporting-org')[0]?.getAttribute('ref')).toBe(IATI_ORG)
    expect(textAt(activity, 'reporting-org', 'narrative')).toBe('Aware & Partners (test)')
    const [reach, knowledge] = under(activity, 'result')
    expect([reach!.getAttribute('type'), knowledge!.getAttribute('type')]).toEqual(['1', '2'])
    const indicators = (result: Element) =>
      new Map(
        under(result, 'indicator').map((indicator) => [
          textAt(indicator, 'title', 'narrative')!.split(': ').pop(),
          indicator,
        ]),
      )
    const reachByName = indicators(reach!)
    const knowledgeByName = indicators(knowledge!)
    expect([...reachByName.keys()].sort()).toEqual(
      ['Hospitality and tourism students', 'Migrant workers', 'Tourists and travellers'].sort(),
    )
    const students = byAudience(json, 'hospitality-students')
    if (students.suppressed || 'suppressed' in students.knowledge.pre) throw new Error('shown')
    if ('suppressed' in students.knowledge.post) throw new Error('shown')
    const studentReach = reachByName.get('Hospitality and tourism students')!
    expect(studentReach.getAttribute('measure')).toBe('1')
    expect(under(studentReach, 'actual')[0]?.getAttribute('value')).toBe('30')
    expect(under(studentReach, 'target')[0]?.getAttribute('value')).toBe('200')
    const studentKnowledge = knowledgeByName.get('Hospitality and tourism students')!
    const percent = (share: number) => String(Math.round(share * 1000) / 10)
    expect(studentKnowledge.getAttribute('measure')).toBe('2')
    expect(under(studentKnowledge, 'baseline')[0]?.getAttribute('value')).toBe(
      percent(students.knowledge.pre.mean!),
    )
    expect(under(studentKnowledge, 'actual')[0]?.getAttribute('value')).toBe(
      percent(students.knowledge.post.mean!),
    )
    expect(under(studentKnowledge, 'target')[0]?.getAttribute('value')).toBe(
      percent(students.knowledge.pre.mean! + 0.2),
    )
    // Migrant workers (3) and, secondarily, tourists are suppressed at k = 10: no number at all.
    for (const name of ['Migrant workers', 'Tourists and travellers']) {
      for (const indicator of [reachByName.get(name)!, knowledgeByName.get(name)!]) {
        for (const element of under(indicator, 'baseline', 'target', 'actual')) {
          expect(element.hasAttribute('value'), name).toBe(false)
        }
        expect(textAt(indicator, 'actual', 'comment', 'narrative')).toMatch(
          /Suppressed: fewer than 10 respondents/,
        )
      }
    }
  })
})
