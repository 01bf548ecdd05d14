import type { Payload } from 'payload'

import type { Environment } from '../../environment'
import type { ForwardingRun } from './forwardOutbox'
import type { ForwardingTuning } from './forwardingTuning'

import { settingsOf } from '../../settingsOf'
import { OUTBOX_SLUG } from '../collections/slugs'
import { FORWARDING_LEASE, forwardOutbox } from './forwardOutbox'
import { defaultForwardingTuning } from './forwardingTuning'
import { leasesFor } from './leasesFor'

/** The same warning is not logged more often than this. */
const WARNING_INTERVAL_MS = 5 * 60_000

const lastWarnings = new Map<string, number>()

const warnAtMostEvery = (payload: Payload, kind: string, message: string) => {
  const now = Date.now()
  if (now - (lastWarnings.get(kind) ?? 0) < WARNING_INTERVAL_MS) return
  lastWarnings.set(kind, now)
  payload.logger.warn(message)
}

export type ForwardingSettings = Pick<
  Environment,
  'posthogApiKey' | 'posthogBacklogWarning' | 'posthogHost' | 'posthogLeaseSeconds'
>

const tuningOf = (settings: ForwardingSettings): ForwardingTuning => ({
  ...defaultForwardingTuning,
  backlogWarning: settings.posthogBacklogWarning,
  leaseMs: settings.posthogLeaseSeconds * 1000,
})

/** Events waiting for PostHog, and since when. */
export const forwardingBacklog = async (payload: Payload) => {
  const { totalDocs } = await payload.count({ collection: OUTBOX_SLUG, overrideAccess: true })
  const { docs } = await payload.find({
    collection: OUTBOX_SLUG,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    select: { queuedAt: true },
    sort: 'queuedAt',
  })
  return { backlog: totalDocs, oldestQueuedAt: docs[0]?.queuedAt ?? null }
}

/**
 * One run of the forwarding job (the Payload task calls it on its schedule, a closing server once
 * more): forwards what it can, and says so in the log when PostHog fails or the backlog grows.
 */
export const runForwarding = async (
  payload: Payload,
  settings: ForwardingSettings = settingsOf(payload),
  overrides: Partial<ForwardingTuning> = {},
): Promise<ForwardingRun | undefined> => {
  if (!settings.posthogApiKey) return undefined
  const tuning = { ...tuningOf(settings), ...overrides }
  const run = await forwardOutbox(payload, {
    delivery: {
      apiKey: settings.posthogApiKey,
      host: settings.posthogHost,
      requestTimeoutMs: 10_000,
      retryCount: 2,
      retryDelayMs: 1_000,
    },
    leases: leasesFor(payload),
    tuning,
  })
  if (run.outcome === 'failed') {
    warnAtMostEvery(
      payload,
      'failed',
      `Forwarding to PostHog failed (${run.reason}); the events stay queued in the database and ` +
        `are sent again in ${Math.round(run.retryInMs / 1000)} s. Ingestion is not affected.`,
    )
  }
  if (run.outcome !== 'busy') {
    const { backlog, oldestQueuedAt } = await forwardingBacklog(payload)
    if (backlog >= tuning.backlogWarning) {
      warnAtMostEvery(
        payload,
        'backlog',
        `${backlog} accepted events wait for PostHog (oldest queued at ${oldestQueuedAt}); ` +
          'they are kept in the database until PostHog accepts them.',
      )
    }
  }
  return run
}

/** What /healthz shows of forwarding: the backlog and whether PostHog has been failing. */
export const forwardingStatus = async (payload: Payload, settings: ForwardingSettings) => {
  if (!settings.posthogApiKey) return { enabled: false as const }
  const lease = await leasesFor(payload).read(FORWARDING_LEASE)
  const failing = (lease?.failures ?? 0) > 0
  return {
    ...(await forwardingBacklog(payload)),
    enabled: true as const,
    failuresInARow: lease?.failures ?? 0,
    nextAttemptAt: failing ? (lease?.expiresAt.toISOString() ?? null) : null,
  }
}
