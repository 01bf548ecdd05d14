import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { Forwarder } from '../../../src/evaluation/forwarding/forwarder'

import { createForwarder } from '../../../src/evaluation/forwarding/createForwarder'
import { noForwarding } from '../../../src/evaluation/forwarding/forwarder'
import {
  type PosthogReceiver,
  startPosthogReceiver,
  unreachablePosthogHost,
} from '../../helpers/posthogReceiver'
import { forwardedEvents } from './forwardedEvents'

const API_KEY = 'phc_test_project_key'

const fast = {
  batchSize: 10,
  flushIntervalMs: 20,
  requestTimeoutMs: 2_000,
  retryBaseMs: 30,
  retryMaxMs: 200,
  shutdownTimeoutMs: 2_000,
}

const warnings: string[] = []
const logger = { warn: (message: string) => void warnings.push(message) }

const waitFor = async (condition: () => boolean, timeoutMs = 5_000) => {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('forwarding to PostHog', () => {
  let receiver: PosthogReceiver
  let forwarder: Forwarder | undefined

  beforeEach(async () => {
    warnings.length = 0
    receiver = await startPosthogReceiver()
  })
  afterEach(async () => {
    await forwarder?.shutdown()
    forwarder = undefined
    await receiver.close()
  })

  it('does nothing without POSTHOG_API_KEY', () => {
    expect(createForwarder({ posthogApiKey: undefined, posthogHost: receiver.url })).toBe(
      noForwarding,
    )
  })

  it('sends each event once, gzip-encoded, with the pseudonym and no person profile', async () => {
    forwarder = createForwarder(
      { posthogApiKey: API_KEY, posthogHost: receiver.url },
      { logger, tuning: fast },
    )
    const events = forwardedEvents(25)
    forwarder.forward(events)
    const messages = await receiver.waitForMessages(25)

    expect(receiver.accepted.every((batch) => batch.gzip && batch.api_key === API_KEY)).toBe(true)
    expect(receiver.accepted.every((batch) => batch.batch.length <= fast.batchSize)).toBe(true)
    expect(messages.map((message) => message.uuid).sort()).toEqual(
      events.map((event) => event.id).sort(),
    )
    const byUuid = new Map(messages.map((message) => [message.uuid, message]))
    for (const event of events) {
      const message = byUuid.get(event.id)
      expect(message?.distinct_id).toBe(event.distinctId)
      expect(message?.event).toBe(`aware_${event.type}`)
      expect(new Date(message?.timestamp ?? '').toISOString()).toBe(event.occurredAt)
      expect(message?.properties).toMatchObject({
        $process_person_profile: false,
        audience: event.audience,
        campaign: event.campaign,
        channel: event.channel,
        locale: event.locale,
        partner: event.partner,
        phase: event.phase,
      })
      // posthog-node adds its own library fields ($lib…) and nothing about the person.
      const ownKeys = Object.keys(message?.properties ?? {}).filter((key) => !key.startsWith('$'))
      expect(ownKeys.sort()).toEqual([
        'audience',
        'campaign',
        'channel',
        'locale',
        'partner',
        'phase',
      ])
    }
    await waitFor(() => forwarder?.stats().forwarded === 25)
    expect(forwarder.stats()).toEqual({ failed: 0, forwarded: 25, queued: 0, retried: 0 })
  })

  it('keeps events through an outage and sends them once PostHog is back', async () => {
    receiver.setMode('unavailable')
    forwarder = createForwarder(
      { posthogApiKey: API_KEY, posthogHost: receiver.url },
      { logger, tuning: fast },
    )
    const events = forwardedEvents(15)
    forwarder.forward(events)
    await waitFor(() => (forwarder?.stats().failed ?? 0) >= 15)
    expect(forwarder.stats()).toMatchObject({ forwarded: 0, queued: 15 })
    expect(warnings.join('\n')).toMatch(/Forwarding to PostHog failed/)

    receiver.setMode('accept')
    await waitFor(() => forwarder?.stats().forwarded === 15)
    const stats = forwarder.stats()
    expect(stats.queued).toBe(0)
    expect(stats.retried).toBeGreaterThanOrEqual(15)
    const uuids = receiver.messages().map((message) => message.uuid)
    expect(new Set(uuids).size).toBe(15)
    expect(uuids).toHaveLength(15)
  })

  it('gives up on a batch PostHog refuses for good instead of retrying it forever', async () => {
    receiver.setMode('refuse')
    forwarder = createForwarder(
      { posthogApiKey: API_KEY, posthogHost: receiver.url },
      { logger, tuning: fast },
    )
    forwarder.forward(forwardedEvents(4))
    await waitFor(() => forwarder?.stats().failed === 4)
    expect(forwarder.stats()).toEqual({ failed: 4, forwarded: 0, queued: 0, retried: 0 })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(receiver.requests.filter((request) => request.path.startsWith('/batch/'))).toHaveLength(
      1,
    )
  })

  it('never blocks or throws while PostHog is unreachable, and shutdown still returns', async () => {
    const downHost = await unreachablePosthogHost()
    forwarder = createForwarder(
      { posthogApiKey: API_KEY, posthogHost: downHost },
      { logger, tuning: { ...fast, shutdownTimeoutMs: 500 } },
    )
    const started = performance.now()
    for (let batch = 0; batch < 20; batch += 1) forwarder.forward(forwardedEvents(50))
    expect(performance.now() - started).toBeLessThan(500)

    await waitFor(() => (forwarder?.stats().failed ?? 0) > 0)
    const closing = performance.now()
    await forwarder.shutdown()
    expect(performance.now() - closing).toBeLessThan(2_000)
    expect(forwarder.stats()).toMatchObject({ forwarded: 0, queued: 1000 })
    expect(warnings.join('\n')).toMatch(/1000 events could not be forwarded/)
  })

  it('sends what is still queued when the server shuts down', async () => {
    forwarder = createForwarder(
      { posthogApiKey: API_KEY, posthogHost: receiver.url },
      { logger, tuning: { ...fast, batchSize: 100, flushIntervalMs: 60_000 } },
    )
    forwarder.forward(forwardedEvents(7))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(receiver.messages()).toHaveLength(0)
    await forwarder.shutdown()
    expect(receiver.messages()).toHaveLength(7)
    expect(forwarder.stats()).toEqual({ failed: 0, forwarded: 7, queued: 0, retried: 0 })
  })

  it('drops and counts events beyond the in-memory limit rather than growing without bound', async () => {
    receiver.setMode('unavailable')
    forwarder = createForwarder(
      { posthogApiKey: API_KEY, posthogHost: receiver.url },
      { logger, tuning: { ...fast, maxQueued: 30, shutdownTimeoutMs: 100 } },
    )
    forwarder.forward(forwardedEvents(50))
    expect(forwarder.stats().queued).toBe(30)
    expect(forwarder.stats().failed).toBeGreaterThanOrEqual(20)
  })
})
