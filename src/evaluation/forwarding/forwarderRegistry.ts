import type { Payload } from 'payload'

import type { Forwarder } from './forwarder'

import { settingsOf } from '../../settingsOf'
import { runForwarding } from './forwarding'

/** Forwarding is on when POSTHOG_API_KEY is set; every route that accepts events asks here. */
export const forwarderFor = (payload: Payload): Forwarder => ({
  enabled: Boolean(settingsOf(payload).posthogApiKey),
})

/** How long a closing server keeps sending what is queued before it stops trying. */
const SHUTDOWN_BUDGET_MS = 5_000

/**
 * A closing server sends what is still queued, once, briefly: nothing is lost if it cannot (the
 * outbox is in the database, and the next start or another instance sends it), it only arrives
 * sooner.
 */
export const shutdownForwarderOf = async (payload: Payload): Promise<void> => {
  try {
    await runForwarding(payload, settingsOf(payload), { runBudgetMs: SHUTDOWN_BUDGET_MS })
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'Could not forward the queued events at shutdown' })
  }
}
