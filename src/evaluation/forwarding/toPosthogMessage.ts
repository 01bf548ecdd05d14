import type { EventMessage } from 'posthog-node'

import type { ForwardedEvent } from './forwarder'

import { isUuid, nameBasedUuid } from '../ids/nameBasedUuid'

/** Namespace for the UUIDs given to event ids that are not UUIDs themselves. */
const EVENT_ID_NAMESPACE = '4d1c2f0e-8a57-4b0e-9a53-6c7f1e2b9d31'

/** PostHog dedupes on the event UUID, so a retried event must keep the same one. */
export const posthogUuidOf = (eventId: string): string =>
  isUuid(eventId) ? eventId.toLowerCase() : nameBasedUuid(EVENT_ID_NAMESPACE, eventId)

export const posthogEventName = (type: ForwardedEvent['type']): string => `aware_${type}`

/**
 * The one place that decides what PostHog receives. It lists each property by name, so answers,
 * free text or raw respondent ids cannot reach PostHog by being added to the event later.
 */
export const toPosthogMessage = (event: ForwardedEvent): EventMessage & { uuid: string } => ({
  disableGeoip: true,
  distinctId: event.distinctId,
  event: posthogEventName(event.type),
  properties: {
    $process_person_profile: false,
    audience: event.audience,
    campaign: event.campaign,
    channel: event.channel,
    locale: event.locale,
    partner: event.partner,
    phase: event.phase,
  },
  timestamp: new Date(event.occurredAt),
  uuid: posthogUuidOf(event.id),
})
