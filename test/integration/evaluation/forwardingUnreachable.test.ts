import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { WireEvent } from '../../../src/evaluation/events/wireEvent'
import type { Headers } from '../../helpers/accounts'

import { closeDatabase } from '../../../src/db/closeDatabase'
import { posthogUuidOf } from '../../../src/evaluation/forwarding/toPosthogMessage'
import { loadPayload } from '../../../src/server/loadPayload'
import { createPartner } from '../../helpers/accounts'
import { importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { anEvent, postEvents } from '../../helpers/evaluation'
import { type PosthogReceiver, startPosthogReceiver } from '../../helpers/posthogReceiver'
import { type ServerProcess, startServerProcess } from '../../helpers/serverProcess'

const SERVER = 'test/fixtures/serveApiOnly.ts'

type Health = {
  forwarding: { backlog: number; enabled: boolean; failuresInARow: number }
  status: string
}

const healthOf = async (url: string) => (await (await fetch(`${url}/healthz`)).json()) as Health

/**
 * PostHog down for a while, and the server killed with SIGKILL while events wait for it: every
 * accepted, consented event still reaches PostHog, once. The server runs as its own process with
 * its job queue, as in production; the stand-in receiver refuses with 503 until it is "back".
 */
describe('forwarding while PostHog is down and the server is killed', () => {
  let receiver: PosthogReceiver
  let partner: Headers
  let partnerId: string
  let server: ServerProcess | undefined
  let env: Record<string, string>

  beforeAll(async () => {
    receiver = await startPosthogReceiver()
    receiver.setMode('unavailable')
    env = {
      EVENT_RATE_LIMIT_BATCHES: '1000000',
      LOG_LEVEL: 'warn',
      POSTHOG_API_KEY: 'phc_aware_integration_test',
      POSTHOG_FLUSH_INTERVAL_SECONDS: '1',
      POSTHOG_HOST: receiver.url,
      // The killed server's lease lapses in 5 s rather than the default 45.
      POSTHOG_LEASE_SECONDS: '5',
    }
    const payload = await loadPayload()
    try {
      const ids = await importBundledCampaigns(payload)
      const created = await createPartner(payload, {
        allowedAudiences: [ids.audiences.tourists as number],
      })
      partner = created.headers
      partnerId = String(created.id)
    } finally {
      await closeDatabase(payload)
    }
  })
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM')
      await server.exited
    }
    await receiver?.close()
  })

  it('loses nothing and sends nothing twice', async () => {
    server = await startServerProcess(SERVER, env)
    const events: WireEvent[] = Array.from({ length: 120 }, (_, index) =>
      anEvent({ consent: index % 4 !== 0, respondent: `down-respondent-${index}` }),
    )
    // PostHog's UUID of an event is name-based on its stored key: the sender and its own id.
    const consented = events
      .filter((event) => event.consent)
      .map((event) => posthogUuidOf(`partner:${partnerId}/${event.id}`))
    for (let start = 0; start < events.length; start += 40) {
      const started = performance.now()
      const posted = await postEvents(server.url, partner, {
        events: events.slice(start, start + 40),
      })
      // Ingestion does not wait for PostHog.
      expect(performance.now() - started).toBeLessThan(5_000)
      expect(posted.body).toMatchObject({ accepted: 40, rejected: [] })
    }

    // The job tries, PostHog refuses, the events stay queued and /healthz says so.
    await expect
      .poll(() => receiver.requests.filter((request) => request.status === 503).length, {
        timeout: 30_000,
      })
      .toBeGreaterThan(0)
    // posthog-node retries within a send; the job records the failure once they are spent.
    await expect
      .poll(async () => (await healthOf(server!.url)).forwarding.failuresInARow, {
        timeout: 30_000,
      })
      .toBeGreaterThan(0)
    const down = await healthOf(server.url)
    expect(down.status).toBe('ok')
    expect(down.forwarding).toMatchObject({ backlog: consented.length, enabled: true })
    expect(receiver.messages()).toEqual([])

    server.child.kill('SIGKILL')
    expect(await server.exited).toBeNull()
    receiver.setMode('accept')

    server = await startServerProcess(SERVER, env)
    // A lease the killed server held expires first (POSTHOG_LEASE_SECONDS).
    const received = await receiver.waitForMessages(consented.length, 100_000)
    expect(new Set(received.map((message) => message.uuid))).toEqual(new Set(consented))
    await expect.poll(async () => (await healthOf(server!.url)).forwarding.backlog).toBe(0)
    // Nothing more arrives: no event was sent twice.
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expect(receiver.messages()).toHaveLength(consented.length)

    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
  }, 180_000)
})
