import type { Payload } from 'payload'

import type { BatchResult, SubmissionFeedback, WireEvent } from '../events/wireEvent'
import type { Forwarder, ForwardedEvent } from '../forwarding/forwarder'
import type { StoredEvent } from '../store/records'
import type { BatchContext } from './checkEvent'
import type { WidgetSession } from '../sessions/sessionLimits'
import type { Principal } from './principal'
import type { EventSource } from './sender'

import { MAX_EVENTS_PER_BATCH } from '../events/wireEvent'
import { noForwarding } from '../forwarding/forwarder'
import { eventStoreFor } from '../store/eventStoreFor'
import { withBatchSessionStarts } from './batchSessionStarts'
import { checkEvent } from './checkEvent'
import { loadBatchContext } from './loadBatchContext'
import { toForwardedEvent } from './toForwardedEvent'
import { validateWireEvent } from './validateWireEvent'

export type IngestOptions = {
  /** The events as sent, unchecked: each is validated and answered by its index. */
  events: unknown[]
  /** When enabled, the accepted, consented events are queued for PostHog with them. */
  forwarder?: Forwarder
  principal: Principal
  /** When the batch arrived; defaults to now. */
  receivedAt?: Date
  /** The widget session a publishable key's batch came in (its events must belong to it). */
  session?: WidgetSession
  /** The route the events came by; field uploads have their own id and respondent namespace. */
  source?: EventSource
}

/**
 * Accepts a batch of events: validates each against the schema, checks campaign, audience,
 * consent and answers, scores assessments on the server, and stores what is valid (idempotently
 * on the sender and event id, tallies included) in one transaction per 500 events. Invalid events are
 * answered by index with every problem worded; valid ones are kept whatever their neighbours do.
 * The partner comes from `principal`, never from the events. Used by POST /api/events and by the
 * CSV field upload.
 */
export const ingestEvents = async (
  payload: Payload,
  {
    events,
    forwarder = noForwarding,
    principal,
    receivedAt = new Date(),
    session,
    source = 'api',
  }: IngestOptions,
): Promise<BatchResult> => {
  const rejected: BatchResult['rejected'] = []
  const valid: { event: WireEvent; index: number }[] = []
  events.forEach((candidate, index) => {
    const check = validateWireEvent(candidate)
    if (check.event) valid.push({ event: check.event, index })
    else rejected.push({ errors: check.errors, index })
  })

  const context = await loadBatchContext(
    payload,
    valid.map(({ event }) => event),
    principal,
    receivedAt,
    source,
    session ?? null,
  )
  const checked: StoredEvent[] = []
  const feedback: SubmissionFeedback[] = []
  for (const { event, index } of valid) {
    const outcome = checkEvent(event, context)
    if ('errors' in outcome) {
      rejected.push({ errors: outcome.errors, index })
      continue
    }
    const overLimit = session?.limits.admit(session.claims, outcome.stored)
    if (overLimit) {
      rejected.push({ errors: [overLimit], index })
      continue
    }
    checked.push(outcome.stored)
    if (outcome.feedback) feedback.push({ ...outcome.feedback, index })
  }
  const toStore = withBatchSessionStarts(checked)

  const store = eventStoreFor(payload)
  const stored = forwarder.enabled ? withForwarding(toStore, context.campaigns) : toStore
  const accepted = new Set<string>()
  let duplicates = 0
  for (let start = 0; start < stored.length; start += MAX_EVENTS_PER_BATCH) {
    const outcome = await store.append(stored.slice(start, start + MAX_EVENTS_PER_BATCH))
    for (const id of outcome.accepted) accepted.add(id)
    duplicates += outcome.duplicates.length
  }

  rejected.sort((a, b) => a.index - b.index)
  return { accepted: accepted.size, duplicates, feedback, rejected }
}

/**
 * The consented events, each with what analytics is to receive of it (campaign and audience by
 * slug): the store queues that in the outbox for the new ones only, in the same write.
 */
const withForwarding = (
  stored: StoredEvent[],
  campaigns: BatchContext['campaigns'],
): StoredEvent[] => {
  const slugs = new Map<string, { audiences: Map<string, string>; slug: string }>()
  for (const target of campaigns.values()) {
    if (target) {
      slugs.set(target.id, {
        audiences: new Map([...target.audiences].map(([slug, id]) => [id, slug])),
        slug: target.slug,
      })
    }
  }
  return stored.map((event) => {
    if (event.respondent === null) return event
    const campaign = slugs.get(event.campaign)
    const forward: ForwardedEvent = toForwardedEvent(
      { ...event, respondent: event.respondent },
      {
        audience: campaign?.audiences.get(event.audience) ?? event.audience,
        campaign: campaign?.slug ?? event.campaign,
      },
    )
    return { ...event, forward }
  })
}
