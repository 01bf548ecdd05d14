import type { PostHogOptions } from 'posthog-node'

import type { DeliveryLedger } from './deliveryLedger'

import { batchEventIds } from './batchEventIds'

export type Transport = NonNullable<PostHogOptions['fetch']>

/** Thrown for answers worth retrying, so posthog-node keeps the batch queued instead of dropping it. */
export class RetryableDeliveryError extends Error {
  constructor(readonly status: number) {
    super(`PostHog answered ${status}; the batch stays queued and will be sent again.`)
    this.name = 'RetryableDeliveryError'
  }
}

const isTemporaryStatus = (status: number) => status === 408 || status === 429 || status >= 500

/** posthog-node answers a 413 by splitting the batch in two and sending both halves. */
const willBeSplit = (status: number, eventCount: number) => status === 413 && eventCount > 1

const isSuccess = (status: number) => status >= 200 && status < 300

/**
 * posthog-node's transport, wrapped to keep the ledger: which events each request carried and
 * whether PostHog took them. posthog-node keeps a batch queued when its transport throws (a
 * network error) and drops it on an HTTP error, so temporary HTTP errors are turned into throws.
 */
export const countingTransport =
  (ledger: DeliveryLedger, send: Transport = fetch): Transport =>
  async (url, options) => {
    const ids = new URL(url).pathname.startsWith('/batch') ? await batchEventIds(options.body) : []
    ledger.attempted(ids)
    let response: Awaited<ReturnType<Transport>>
    try {
      response = await send(url, options)
    } catch (error) {
      ledger.failed(ids, { permanent: false })
      throw error
    }
    if (isSuccess(response.status)) {
      ledger.delivered(ids)
    } else if (isTemporaryStatus(response.status)) {
      ledger.failed(ids, { permanent: false })
      await response.body?.cancel().catch(() => undefined)
      throw new RetryableDeliveryError(response.status)
    } else if (willBeSplit(response.status, ids.length)) {
      ledger.failed(ids, { permanent: false })
    } else {
      ledger.failed(ids, { permanent: true })
    }
    return response
  }
