import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PosthogDelivery } from '../../../src/evaluation/forwarding/sendToPosthog'

import { sendToPosthog } from '../../../src/evaluation/forwarding/sendToPosthog'
import { type PosthogReceiver, startPosthogReceiver } from '../../helpers/posthogReceiver'
import { forwardedEvents } from './forwardedEvents'

/**
 * The forwarding job advances only when sendToPosthog resolves, so it must resolve exactly when
 * PostHog's batch API said 2xx, and reject on everything else, after posthog-node's own retries.
 */
describe('sending one batch with posthog-node', () => {
  let receiver: PosthogReceiver
  let delivery: PosthogDelivery

  beforeAll(async () => {
    receiver = await startPosthogReceiver()
    delivery = {
      apiKey: 'phc_unit',
      host: receiver.url,
      requestTimeoutMs: 2_000,
      retryCount: 2,
      retryDelayMs: 10,
    }
  })
  afterAll(() => receiver.close())

  it('resolves once PostHog accepted the whole batch, in one gzip request', async () => {
    receiver.setMode('accept')
    const before = receiver.requests.length
    const events = forwardedEvents(100)
    await sendToPosthog(delivery, events)
    expect(receiver.requests.slice(before)).toEqual([{ gzip: true, path: '/batch/', status: 200 }])
    expect(receiver.accepted.at(-1)?.batch.map((message) => message.uuid)).toEqual(
      events.map((event) => event.id),
    )
  })

  it('rejects when PostHog keeps answering 5xx, after its own retries', async () => {
    receiver.setMode('unavailable')
    const before = receiver.requests.length
    await expect(sendToPosthog(delivery, forwardedEvents(3))).rejects.toThrow(/503/)
    expect(receiver.requests.length - before).toBe(1 + delivery.retryCount)
  })

  it('rejects at once when PostHog refuses the batch (4xx)', async () => {
    receiver.setMode('refuse')
    const before = receiver.requests.length
    await expect(sendToPosthog(delivery, forwardedEvents(3))).rejects.toThrow(/401/)
    expect(receiver.requests.length - before).toBe(1)
  })

  it('rejects when nobody answers', async () => {
    await expect(
      sendToPosthog({ ...delivery, host: 'http://127.0.0.1:9', retryCount: 0 }, forwardedEvents(1)),
    ).rejects.toThrow()
  })
})
