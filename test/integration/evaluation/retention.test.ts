import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CampaignReport } from '../../../src/evaluation/reports/figureTypes'
import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'

import { ingestEvents } from '../../../src/evaluation/ingestion/ingestEvents'
import {
  PURGE_TASK_SLUG,
  RETENTION_QUEUE,
} from '../../../src/evaluation/retention/purgeExpiredEventsTask'
import { eventStoreFor } from '../../../src/evaluation/store/eventStoreFor'
import { signInAs } from '../../helpers/accounts'
import { importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { knowledgeCheckOf, sendBatch } from '../../helpers/evaluation'
import { simulatePopulation } from '../../helpers/population'
import { startTestServer } from '../../helpers/testServer'
import { useDeploymentK } from '../../helpers/deploymentK'

const RETENTION_DAYS = 30
const DAY_MS = 86_400_000
process.env.EVENT_RETENTION_DAYS = String(RETENTION_DAYS)

const SLUG = 'philippines-pre-departure'

describe('retention of raw events', () => {
  useDeploymentK(5)
  let server: RunningServer
  let payload: Payload
  let staff: { headers: Headers; id: number | string }
  let campaign: string

  beforeAll(async () => {
    server = await startTestServer()
    payload = server.payload
    const ids = await importBundledCampaigns(payload)
    campaign = String(ids.campaigns[SLUG])
    staff = await signInAs(payload, server.url, 'admin')
  })
  afterAll(async () => {
    await server?.close()
  })

  const report = async (): Promise<CampaignReport> => {
    const response = await fetch(`${server.url}/api/reports/campaigns/${SLUG}?k=5`, {
      headers: staff.headers,
    })
    expect(response.status).toBe(200)
    const { generatedAt: _generatedAt, ...figures } = (await response.json()) as CampaignReport
    return figures as CampaignReport
  }

  it('runs nightly on its own queue, queued by the one job runner', () => {
    const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === PURGE_TASK_SLUG)
    expect(task?.schedule).toEqual([
      {
        cron: '0 3 * * *',
        hooks: { beforeSchedule: expect.any(Function) },
        queue: RETENTION_QUEUE,
      },
    ])
    expect(payload.config.jobs.autoRun).toEqual(
      expect.arrayContaining([expect.objectContaining({ queue: RETENTION_QUEUE })]),
    )
  })

  it('purges raw events past retention through the jobs queue without changing any figure', async () => {
    const user = await payload.findByID({ collection: 'users', id: staff.id, overrideAccess: true })
    const check = await knowledgeCheckOf(payload, SLUG)
    const plan = {
      audience: 'migrant-workers',
      channels: ['seminar', 'web'],
      check,
      locales: ['tl', 'en'],
      respondents: 40,
      slug: SLUG,
    }
    // Forty days ago, as an offline upload that arrived then would have been received.
    const longAgo = new Date(Date.now() - 40 * DAY_MS)
    const old = simulatePopulation(1, [plan], longAgo)
    const received = await ingestEvents(payload, {
      events: old.events.map(({ event }) => event),
      principal: { kind: 'user', user },
      receivedAt: longAgo,
    })
    expect(received.rejected).toEqual([])
    const recent = simulatePopulation(2, [plan])
    for (let start = 0; start < recent.events.length; start += 100) {
      const batch = recent.events.slice(start, start + 100).map(({ event }) => event)
      expect((await sendBatch(server.url, staff.headers, batch)).rejected).toEqual([])
    }
    const total = old.events.length + recent.events.length
    expect(await eventStoreFor(payload).countEvents(campaign)).toBe(total)
    const before = await report()

    const job = await payload.jobs.queue({
      input: {},
      queue: RETENTION_QUEUE,
      task: PURGE_TASK_SLUG,
    })
    const run = await payload.jobs.run({ queue: RETENTION_QUEUE })
    expect(run.jobStatus?.[String(job.id)]).toEqual({ status: 'success' })
    expect(await eventStoreFor(payload).countEvents(campaign)).toBe(recent.events.length)
    expect(await report()).toEqual(before)
  })

  it('refuses an event older than retention, which could be a retry of a purged one', async () => {
    const result = await sendBatch(server.url, staff.headers, [
      {
        audience: 'migrant-workers',
        campaign: SLUG,
        channel: 'web',
        consent: true,
        id: randomUUID(),
        locale: 'tl',
        occurredAt: new Date(Date.now() - RETENTION_DAYS * DAY_MS).toISOString(),
        respondent: `r-${randomUUID()}`,
        type: 'impression',
      },
    ])
    expect(result.rejected[0].errors).toEqual([
      expect.stringMatching(/older than the retention period allows/),
    ])
  })
})
