import type { Payload } from 'payload'

import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SimulatedPopulation } from '../../../src/tools/population/types'
import type { CampaignReport } from '../../../src/evaluation/reports/figureTypes'
import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'

import { campaignModelFromDocument } from '../../../src/tools/population/campaignModelFromDocument'
import { simulatePopulation } from '../../../src/tools/population/simulatePopulation'
import { signInAs } from '../../helpers/accounts'
import { importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { startTestServer } from '../../helpers/testServer'

const run = promisify(execFile)
const NOW = '2026-11-01T00:00:00.000Z'
const RESPONDENTS = 600
const SEED = 'cli'

/** npm run seed:evaluation, as a separate process against the running server. */
const seedEvaluation = (url: string) =>
  run(
    process.execPath,
    [
      '--conditions=production',
      '--import',
      'tsx',
      'src/tools/population/cli.ts',
      '--url',
      url,
      '--respondents',
      String(RESPONDENTS),
      '--seed',
      SEED,
      '--now',
      NOW,
    ],
    { env: { ...process.env, LOG_LEVEL: 'error' }, timeout: 120_000 },
  )

/** The same population, computed here from the campaigns the server holds. */
const expectedPopulation = async (payload: Payload): Promise<SimulatedPopulation> => {
  const { docs } = await payload.find({
    collection: 'campaigns',
    depth: 1,
    limit: 0,
    locale: 'all',
    overrideAccess: true,
    pagination: false,
    where: { _status: { equals: 'published' } },
  })
  return simulatePopulation({
    campaigns: docs.map((campaign) => campaignModelFromDocument(campaign)),
    now: new Date(NOW),
    respondents: RESPONDENTS,
    seed: SEED,
  })
}

describe('npm run seed:evaluation against a running server', () => {
  let server: RunningServer
  let evaluator: Headers
  let firstRun: { stderr: string; stdout: string }

  const report = async (campaign: string): Promise<CampaignReport> => {
    const response = await fetch(`${server.url}/api/reports/campaigns/${campaign}`, {
      headers: evaluator,
    })
    expect(response.status).toBe(200)
    return (await response.json()) as CampaignReport
  }

  beforeAll(async () => {
    server = await startTestServer()
    await importBundledCampaigns(server.payload)
    evaluator = (await signInAs(server.payload, server.url, 'evaluator')).headers
    firstRun = await seedEvaluation(server.url)
  })
  afterAll(async () => {
    await server?.close()
  })

  it('posts every audience through the HTTP API and prints a summary', () => {
    expect(firstRun.stdout).toMatch(/Simulated 600 respondents of 3 campaigns/)
    for (const audience of ['hospitality-students', 'migrant-workers', 'tourists']) {
      expect(firstRun.stdout).toMatch(
        new RegExp(`^${audience}\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+0$`, 'm'),
      )
    }
    expect(firstRun.stdout).toMatch(/events \(\d+\/s\)/)
  })

  it('makes every campaign report non-empty, matching the simulated population', async () => {
    const population = await expectedPopulation(server.payload)
    for (const slug of [
      'peru-loreto-child-protection',
      'france-hospitality-duty-to-act',
      'philippines-pre-departure',
    ]) {
      const { audiences } = await report(slug)
      const [row] = audiences
      if (row.suppressed) throw new Error(`${slug} should have figures`)
      const people = population.respondents.filter((respondent) => respondent.campaign === slug)
      const events = population.events.filter((event) => event.campaign === slug)
      const took = (phase: 'post' | 'pre') => people.filter((r) => r.scores[phase] !== undefined)
      const pre = row.knowledge.pre
      const post = row.knowledge.post
      const paired = row.knowledge.paired
      if ('suppressed' in pre || 'suppressed' in post || 'suppressed' in paired) {
        throw new Error(`${slug}: pre, post and paired change should be shown`)
      }
      expect(row.reach.impressions).toBe(events.filter((e) => e.type === 'impression').length)
      expect(pre.n).toBe(took('pre').length)
      expect(post.n).toBe(took('post').length)
      expect(paired.n).toBe(took('pre').filter((r) => r.scores.post !== undefined).length)
      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
      expect(pre.mean).toBeCloseTo(mean(took('pre').map((r) => r.scores.pre ?? 0)), 10)
      expect(post.mean).toBeCloseTo(mean(took('post').map((r) => r.scores.post ?? 0)), 10)
    }
  })

  it('counts nothing twice when run again with the same seed', async () => {
    const before = await report('philippines-pre-departure')
    const again = await seedEvaluation(server.url)
    expect(again.stdout).toMatch(/, 0 new;/)
    const after = await report('philippines-pre-departure')
    expect(after.audiences).toEqual(before.audiences)
  })
})
