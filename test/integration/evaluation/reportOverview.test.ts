import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CampaignReport } from '../../../src/evaluation/reports/figureTypes'
import type { ReportOverview } from '../../../src/evaluation/reports/overview/readOverview'
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

const SLUG = 'overview-three-audiences'

/** The deployment's k, as the server under test reads it (the test environment may set it). */
const K = readEnvironment().reportMinRespondents
/** Audience sizes around k: one under it, one just over, one well over. */
const SIZES = { hospitality: 3 * K, migrants: Math.ceil(K / 3), tourists: K + 2 }

describe('GET /api/reports/overview', () => {
  let server: RunningServer
  let payload: Payload
  let evaluator: { headers: Headers }
  let partner: { headers: Headers }
  let check: KnowledgeCheck
  const validate = openApiValidator(openApiDocumentOf([evaluationOpenApi]))

  const get = async (path: string, headers: Headers) => {
    const response = await fetch(`${server.url}${path}`, { headers })
    return { body: (await response.json()) as unknown, status: response.status }
  }
  const overview = async (query: string, headers = evaluator.headers) => {
    const answer = await get(`/api/reports/overview${query}`, headers)
    expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(200)
    return answer.body as ReportOverview
  }
  /** The report without generatedAt, which differs by the second. */
  const figures = ({ generatedAt: _, ...report }: CampaignReport) => report

  /** n respondents of an audience, each seen, with a pre and a post check. */
  const population = (audience: string, n: number, preRight: number, postRight: number) =>
    Array.from({ length: n }, () => {
      const respondent = `r-${randomUUID()}`
      const submit = (phase: 'post' | 'pre', right: number) =>
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
          respondent,
          type: 'assessment',
        })
      return [
        anEvent({ audience, campaign: SLUG, respondent }),
        submit('pre', preRight),
        submit('post', postRight),
      ]
    }).flat()

  beforeAll(async () => {
    server = await startTestServer()
    payload = server.payload
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
        objectives: audiences.map((audience) => ({
          audience,
          knowledgeGainTarget: 0.2,
          passMark: 0.7,
          reachTarget: 100,
        })),
        period: { start: '2026-01-01' },
        slug: SLUG,
        title: 'A overview test campaign',
      },
      overrideAccess: true,
    })
    evaluator = await signInAs(payload, server.url, 'evaluator')
    partner = await createPartner(payload, { allowedAudiences: audiences })
    const events = [
      ...population('tourists', SIZES.tourists, 1, 4),
      ...population('hospitality-students', SIZES.hospitality, 2, 5),
      ...population('migrant-workers', SIZES.migrants, 0, 6),
    ]
    for (let start = 0; start < events.length; start += 100) {
      const result = await sendBatch(server.url, partner.headers, events.slice(start, start + 100))
      expect(result.rejected).toEqual([])
    }
  })
  afterAll(async () => {
    await server?.close()
  })

  it('answers 401 without a session, 403 to a partner key, and every campaign to every staff role', async () => {
    const anonymous = await get('/api/reports/overview', {})
    expect(anonymous.status).toBe(401)
    expect(messageOf(anonymous.body)).toMatch(/Sign in/)
    const asPartner = await get('/api/reports/overview', partner.headers)
    expect(asPartner.status).toBe(403)
    expect(messageOf(asPartner.body)).toMatch(/evaluators, editors and administrators/)
    for (const role of ['evaluator', 'editor', 'admin'] as const) {
      const { headers } = await signInAs(payload, server.url, role)
      const body = await overview('', headers)
      expect(body.totalDocs, role).toBe(4)
      expect(body.campaigns.map((report) => report.campaign.slug)).toContain(SLUG)
    }
  })

  it('gives each campaign exactly its own unfiltered report: suppression kept, nothing more', async () => {
    const raisedK = K + 5
    for (const query of ['', `?k=${raisedK}`]) {
      const body = await overview(query)
      expect(validate('ReportOverview', body)).toEqual([])
      expect(body.k).toBe(query ? raisedK : K)
      for (const report of body.campaigns) {
        const own = await get(
          `/api/reports/campaigns/${report.campaign.slug}${query}`,
          evaluator.headers,
        )
        expect(own.status).toBe(200)
        expect(figures(report)).toEqual(figures(own.body as CampaignReport))
      }
    }
    const ours = (await overview('')).campaigns.find((report) => report.campaign.slug === SLUG)
    if (!ours) throw new Error('the test campaign is listed')
    // migrant-workers is under k; tourists (k + 2) are hidden too, or total − students = them.
    const byAudience = new Map(ours.audiences.map((row) => [row.audience, row]))
    expect(byAudience.get('migrant-workers')).toMatchObject({
      audience: 'migrant-workers',
      suppressed: true,
    })
    expect(byAudience.get('migrant-workers')).not.toHaveProperty('reach')
    expect(byAudience.get('tourists')).toMatchObject({ audience: 'tourists', suppressed: true })
    expect(byAudience.get('tourists')).not.toHaveProperty('knowledge')
    expect(byAudience.get('hospitality-students')?.suppressed).toBe(false)
    const raised = (await overview(`?k=${SIZES.hospitality + 1}`)).campaigns.find(
      (report) => report.campaign.slug === SLUG,
    )
    expect(raised?.audiences.every((row) => row.suppressed)).toBe(true)
  })

  it('names the audiences its reports mention', async () => {
    const body = await overview('')
    const mentioned = new Set(
      body.campaigns.flatMap((report) => report.audiences.map((row) => row.audience)),
    )
    expect(new Set(body.audiences.map((audience) => audience.slug))).toEqual(mentioned)
    expect(body.audiences.find((audience) => audience.slug === 'tourists')?.name).toBeTruthy()
  })

  it('pages through the campaigns in title order', async () => {
    const all = await overview('?limit=50')
    const titles = all.campaigns.map((report) => report.campaign.title)
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)))
    const first = await overview('?limit=3')
    expect(first).toMatchObject({ hasNextPage: true, hasPrevPage: false, limit: 3, page: 1 })
    expect(first).toMatchObject({ totalDocs: 4, totalPages: 2 })
    const second = await overview('?limit=3&page=2')
    expect(second).toMatchObject({ hasNextPage: false, hasPrevPage: true, page: 2 })
    expect(
      [...first.campaigns, ...second.campaigns].map((report) => report.campaign.title),
    ).toEqual(titles)
    const past = await overview('?limit=3&page=3')
    expect(past.campaigns).toEqual([])
    expect(past.totalDocs).toBe(4)
  })

  it('rejects what it does not offer with 400 and says why', async () => {
    const cases: [string, RegExp][] = [
      [`?k=${K - 1}`, new RegExp(`"k" must be a whole number of at least ${K}`)],
      ['?k=ten', /"k" must be a whole number/],
      ['?page=0', /"page" must be a whole number from 1/],
      ['?page=1.5', /"page" must be a whole number/],
      ['?limit=51', /"limit" must be a whole number from 1 to 50/],
      ['?limit=0', /"limit" must be a whole number from 1 to 50/],
      ['?page=1&page=2', /Give "page" once/],
      ['?audience=tourists', /"audience" is not an overview parameter/],
    ]
    for (const [query, message] of cases) {
      const answer = await get(`/api/reports/overview${query}`, evaluator.headers)
      expect(answer.status, query).toBe(400)
      expect(messageOf(answer.body), query).toMatch(message)
    }
  })
})
