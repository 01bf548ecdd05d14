import type { WireEvent } from '../../../src/evaluation/events/wireEvent'
import type {
  CampaignReport,
  MeanFigure,
  PairedFigure,
} from '../../../src/evaluation/reports/figureTypes'
import type { Headers } from '../../helpers/accounts'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeDatabase } from '../../../src/db/closeDatabase'
import { EVENTS_SLUG } from '../../../src/evaluation/collections/slugs'
import { meanInterval } from '../../../src/evaluation/statistics'
import { loadPayload } from '../../../src/server/loadPayload'
import { createPartner, PASSWORD } from '../../helpers/accounts'
import { importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { knowledgeCheckOf, postEvents } from '../../helpers/evaluation'
import { truthOf } from '../../helpers/expectedFigures'
import { type Population, simulatePopulation } from '../../helpers/population'
import { type ServerProcess, startServerProcess } from '../../helpers/serverProcess'

const SLUG = 'philippines-pre-departure'
const SERVER = 'test/fixtures/serveApiOnly.ts'
const ENV = { EVENT_RATE_LIMIT_BATCHES: '1000000', LOG_LEVEL: 'warn', REPORT_MIN_RESPONDENTS: '5' }
const ADMIN = 'crash-admin@example.org'

/**
 * The server runs in its own process on a file database (or PostgreSQL), takes batches from
 * four clients at once, and is killed with SIGKILL while batches are in flight. After a restart
 * the clients retry every batch, as a client that lost the answers would: each batch is either
 * wholly new or wholly a duplicate, and every event counts exactly once.
 */
describe('a server killed mid-ingestion', () => {
  let partner: Headers
  let population: Population
  let batches: WireEvent[][]
  let check: Awaited<ReturnType<typeof knowledgeCheckOf>>
  let server: ServerProcess | undefined

  beforeAll(async () => {
    const payload = await loadPayload()
    try {
      const ids = await importBundledCampaigns(payload)
      partner = (
        await createPartner(payload, {
          allowedAudiences: [ids.audiences['migrant-workers'] as number],
        })
      ).headers
      check = await knowledgeCheckOf(payload, SLUG)
      await payload.create({
        collection: 'users',
        data: { email: ADMIN, password: PASSWORD, role: 'admin' },
        overrideAccess: true,
      })
    } finally {
      await closeDatabase(payload)
    }
    population = simulatePopulation(7, [
      {
        audience: 'migrant-workers',
        channels: ['seminar', 'web', 'messaging'],
        check,
        locales: ['tl', 'en'],
        respondents: 300,
        slug: SLUG,
      },
    ])
    const events = population.events.map(({ event }) => event)
    batches = []
    for (let start = 0; start < events.length; start += 20)
      batches.push(events.slice(start, start + 20))
  })
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM')
      await server.exited
    }
  })

  it('loses nothing and counts nothing twice when the clients retry', async () => {
    server = await startServerProcess(SERVER, ENV)
    const first = server
    const answered = new Set<number>()
    const unanswered = new Set<number>()
    let next = 0
    let killed = false
    const client = async () => {
      while (next < batches.length) {
        const index = next++
        try {
          const posted = await postEvents(first.url, partner, { events: batches[index] })
          expect(posted.status).toBe(200)
          answered.add(index)
        } catch {
          unanswered.add(index)
          return
        }
        if (!killed && answered.size >= batches.length / 3) {
          killed = true
          first.child.kill('SIGKILL')
        }
      }
    }
    await Promise.all([client(), client(), client(), client()])
    expect(await first.exited).toBeNull()
    expect(killed).toBe(true)
    expect(unanswered.size).toBeGreaterThan(0)

    server = await startServerProcess(SERVER, ENV)
    let accepted = 0
    for (const [index, batch] of batches.entries()) {
      const posted = await postEvents(server.url, partner, { events: batch })
      expect(posted.status).toBe(200)
      const result = posted.body as { accepted: number; duplicates: number; rejected: unknown[] }
      expect(result.rejected).toEqual([])
      expect(result.accepted + result.duplicates).toBe(batch.length)
      // One transaction per batch: a batch is stored whole or not at all.
      expect([0, batch.length]).toContain(result.accepted)
      if (answered.has(index)) expect(result.accepted).toBe(0)
      accepted += result.accepted
    }
    expect(accepted).toBeLessThan(population.events.length)

    const login = await fetch(`${server.url}/api/users/login`, {
      body: JSON.stringify({ email: ADMIN, password: PASSWORD }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const { token } = (await login.json()) as { token: string }
    const response = await fetch(`${server.url}/api/reports/campaigns/${SLUG}?k=5`, {
      headers: { Authorization: `JWT ${token}` },
    })
    const report = (await response.json()) as CampaignReport
    const truth = truthOf(population.respondents, check)
    if (report.total.suppressed) throw new Error('the total should be shown')
    expect(report.total.reach).toMatchObject({
      assessmentsCompleted: truth.assessmentsCompleted,
      cta: truth.cta,
      engaged: truth.engaged,
      impressions: truth.impressions,
      reached: truth.reached,
    })
    const { knowledge } = report.total
    expect((knowledge.pre as MeanFigure).n).toBe(truth.pre.length)
    expect((knowledge.post as MeanFigure).n).toBe(truth.post.length)
    expect((knowledge.paired as PairedFigure).n).toBe(truth.pairedPre.length)
    expect((knowledge.pre as MeanFigure).mean).toBeCloseTo(meanInterval(truth.pre).mean!, 12)

    // The raw events, as an administrator sees them in the admin's read-only collection.
    const raw = await fetch(`${server.url}/api/${EVENTS_SLUG}?limit=1&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(((await raw.json()) as { totalDocs: number }).totalDocs).toBe(population.events.length)

    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
  }, 180_000)
})
