import type { StoredEvent } from '../records'

import { eventKeyOf } from '../eventKey'

/**
 * An event as stored under its key (sender and id): its fields, and the append part that inserted
 * it, which tells a retried part which of the events it finds were its own.
 */
export const eventDocument = (event: StoredEvent, appendedBy: string) => ({
  _id: eventKeyOf(event),
  answers: event.submission?.answers ?? null,
  appendedBy,
  assessment: event.submission?.assessment ?? null,
  audience: event.audience,
  campaign: event.campaign,
  channel: event.channel,
  consent: event.consent,
  day: event.day,
  eventId: event.id,
  locale: event.locale,
  occurredAt: new Date(event.occurredAt),
  partner: event.partner,
  phase: event.submission?.phase ?? null,
  receivedAt: new Date(event.receivedAt),
  respondent: event.respondent,
  revision: event.submission?.revision ?? null,
  score: event.submission?.score ?? null,
  sender: event.sender,
  type: event.type,
})

export type EventDocument = ReturnType<typeof eventDocument>

/** The outbox entry of a new event that forwarding is to send, keyed like the event. */
export const outboxDocument = (
  event: StoredEvent & { forward: NonNullable<StoredEvent['forward']> },
) => ({ _id: eventKeyOf(event), message: event.forward, queuedAt: new Date(event.receivedAt) })

export type OutboxDocument = ReturnType<typeof outboxDocument>
