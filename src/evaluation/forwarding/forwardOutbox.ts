import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

import type { Leases } from '../../db/leases/leases'
import type { ForwardedEvent } from './forwarder'
import type { ForwardingTuning } from './forwardingTuning'
import type { PosthogDelivery } from './sendToPosthog'

import { OUTBOX_SLUG } from '../collections/slugs'
import { retryDelayMs } from './forwardingTuning'
import { sendToPosthog } from './sendToPosthog'

/** The one lease every instance competes for: one sender at a time, whatever the instances. */
export const FORWARDING_LEASE = 'posthog-forwarding'

export type ForwardingRun =
  | { outcome: 'busy' }
  | { outcome: 'failed'; reason: string; retryInMs: number; sent: number }
  | { outcome: 'sent'; sent: number }

export type ForwardOutboxOptions = {
  delivery: PosthogDelivery
  leases: Leases
  /** Sends one batch; posthog-node by default (tests may count calls). */
  send?: typeof sendToPosthog
  tuning: ForwardingTuning
}

const reasonOf = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return `${error.message}${cause}`
}

/**
 * One run of the forwarding job. Holding the database lease (so one instance sends at a time, and
 * a failure's back-off holds for every instance), it takes the oldest queued events, sends them as
 * one batch, and deletes them only once PostHog answered 2xx: the outbox is the cursor, and it
 * advances only past what PostHog accepted. A send that fails leaves the rows where they are and
 * the lease blocked for a back-off that doubles per failure in a row. If the process dies between
 * PostHog's 2xx and the delete, the next run sends those events again under the same `uuid`,
 * which PostHog deduplicates (see docs/deployment.md): nothing is lost, and nothing counts twice.
 */
export const forwardOutbox = async (
  payload: Payload,
  { delivery, leases, send = sendToPosthog, tuning }: ForwardOutboxOptions,
): Promise<ForwardingRun> => {
  const holder = randomUUID()
  if (!(await leases.take(FORWARDING_LEASE, holder, tuning.leaseMs))) return { outcome: 'busy' }
  const deadline = Date.now() + tuning.runBudgetMs
  let sent = 0
  let failures = (await leases.read(FORWARDING_LEASE))?.failures ?? 0
  try {
    while (Date.now() < deadline) {
      const { docs } = await payload.find({
        collection: OUTBOX_SLUG,
        depth: 0,
        limit: tuning.batchSize,
        overrideAccess: true,
        pagination: false,
        sort: 'queuedAt',
      })
      if (docs.length === 0) break
      try {
        await send(
          delivery,
          docs.map((doc) => doc.message as ForwardedEvent),
        )
      } catch (error) {
        failures += 1
        const retryInMs = retryDelayMs(tuning, failures)
        await leases.release(FORWARDING_LEASE, holder, {
          failures,
          notBefore: new Date(Date.now() + retryInMs),
        })
        return { outcome: 'failed', reason: reasonOf(error), retryInMs, sent }
      }
      await payload.db.deleteMany({
        collection: OUTBOX_SLUG,
        where: { id: { in: docs.map((doc) => doc.id) } },
      })
      sent += docs.length
      failures = 0
      // Still ours? A run that outlived its lease stops; the new holder carries on.
      if (!(await leases.take(FORWARDING_LEASE, holder, tuning.leaseMs))) {
        return { outcome: 'sent', sent }
      }
    }
    await leases.release(FORWARDING_LEASE, holder, { failures: 0, notBefore: new Date() })
    return { outcome: 'sent', sent }
  } catch (error) {
    await leases.release(FORWARDING_LEASE, holder, { failures, notBefore: new Date() })
    throw error
  }
}
