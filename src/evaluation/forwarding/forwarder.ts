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

export type ForwarderStats = { failed: number; forwarded: number; queued: number; retried: number }

/**
 * Ingestion hands accepted events to a forwarder after they are committed. forward() must
 * never block or throw: forwarding is best effort and never slows ingestion.
 */
export interface Forwarder {
  forward(events: ForwardedEvent[]): void
  /** Sends what is queued; called on shutdown. */
  shutdown(): Promise<void>
  stats(): ForwarderStats
}

/** The forwarder used when no analytics backend is configured. */
export const noForwarding: Forwarder = {
  forward: () => undefined,
  shutdown: async () => undefined,
  stats: () => ({ failed: 0, forwarded: 0, queued: 0, retried: 0 }),
}
