import type { AssessmentPhase, EventType } from '../events/wireEvent'

/**
 * What leaves Aware for an analytics backend: never answers, free text or raw respondent ids.
 * `distinctId` is the campaign-scoped pseudonym.
 */
export type ForwardedEvent = {
  audience: string
  campaign: string
  channel: string
  distinctId: string
  id: string
  locale: string
  occurredAt: string
  partner: null | string
  phase: AssessmentPhase | null
  type: EventType
}

/**
 * Whether accepted events are to be forwarded: then ingestion hands each consented event's
 * ForwardedEvent to the store, which queues it in the outbox in the same write as the event, and
 * the forwarding job (forwardToPosthogTask.ts) sends the outbox to PostHog.
 */
export type Forwarder = { enabled: boolean }

/** The forwarder used when no analytics backend is configured. */
export const noForwarding: Forwarder = { enabled: false }
