import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'

import { forwarderFor } from '../../../src/evaluation/forwarding/forwarderRegistry'
import { createPartner, signInAs } from '../../helpers/accounts'
import { importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { anEvent, sendBatch } from '../../helpers/evaluation'
import { unreachablePosthogHost } from '../../helpers/posthogReceiver'
import { startTestServer } from '../../helpers/testServer'

describe('ingestion while PostHog is unreachable', () => {
  let server: RunningServer
  let partner: Headers
  let evaluator: Headers

  beforeAll(async () => {
    process.env.POSTHOG_API_KEY = 'phc_aware_integration_test'
    process.env.POSTHOG_HOST = await unreachablePosthogHost()
    server = await startTestServer()
    const ids = await importBundledCampaigns(server.payload)
    partner = (
      await createPartner(server.payload, { allowedAudiences: [ids.audiences.tourists as number] })
    ).headers
    evaluator = (await signInAs(server.payload, server.url, 'evaluator')).headers
  })
  afterAll(async () => {
    delete process.env.POSTHOG_API_KEY
    delete process.env.POSTHOG_HOST
    await server?.close()
  })

  it('accepts and stores every event at once, and counts the failed forwarding', async () => {
    const events = Array.from({ length: 40 }, (_, i) => anEvent({ respondent: `down-${1000 + i}` }))
    const started = performance.now()
    const result = await sendBatch(server.url, partner, events)
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(result).toMatchObject({ accepted: 40, duplicates: 0, rejected: [] })

    const response = await fetch(
      `${server.url}/api/reports/campaigns/peru-loreto-child-protection?k=5`,
      { headers: evaluator },
    )
    const report = (await response.json()) as { total: { reach?: { impressions: number } } }
    expect(report.total.reach?.impressions).toBe(40)

    const forwarder = forwarderFor(server.payload)
    await expect
      .poll(() => forwarder.stats().failed, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(40)
    expect(forwarder.stats()).toMatchObject({ forwarded: 0, queued: 40 })
  })

  it('still shuts down, within the forwarder shutdown timeout', async () => {
    const started = performance.now()
    await server.close()
    expect(performance.now() - started).toBeLessThan(15_000)
  })
})
