import { PostHog } from 'posthog-node'

import type { ForwardedEvent } from './forwarder'

import { toPosthogMessage } from './toPosthogMessage'

/** How posthog-node sends one batch: its own retry and timeout options. */
export type PosthogDelivery = {
  apiKey: string
  host: string
  /** Per request; posthog-node aborts and retries a request that takes longer. */
  requestTimeoutMs: number
  /** posthog-node's own retries of a network error, a 408, 429 or 5xx, inside one send. */
  retryCount: number
  retryDelayMs: number
}

/**
 * Sends events to PostHog's batch API with posthog-node, as its authors intend for short-lived
 * work: capture, then `await flush()`, which resolves only once every request was answered 2xx
 * (after posthog-node's own retries) and rejects otherwise. That resolution is how the job knows
 * a batch was accepted, so each call uses a client of its own, sized never to flush by itself
 * (`flushAt` above the batch, no flush timer): one call, one batch, one answer. A client whose
 * flush failed is dropped with what it still queues; the rows stay in the outbox for the next try.
 */
export const sendToPosthog = async (
  delivery: PosthogDelivery,
  events: readonly ForwardedEvent[],
): Promise<void> => {
  if (events.length === 0) return
  const client = new PostHog(delivery.apiKey, {
    disableGeoip: true,
    fetchRetryCount: delivery.retryCount,
    fetchRetryDelay: delivery.retryDelayMs,
    flushAt: events.length + 1,
    flushInterval: 0,
    host: delivery.host,
    maxBatchSize: events.length + 1,
    maxQueueSize: events.length + 1,
    requestTimeout: delivery.requestTimeoutMs,
  })
  for (const event of events) client.capture(toPosthogMessage(event))
  await client.flush()
  await client.shutdown()
}
