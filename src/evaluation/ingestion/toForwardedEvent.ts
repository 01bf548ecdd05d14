import type { ForwardedEvent } from '../forwarding/forwarder'
import type { StoredEvent } from '../store/records'

import { eventKeyOf } from '../store/eventKey'

/**
 * What an accepted, consented event becomes for analytics: breakdowns and phase, the pseudonym as
 * distinct id, never answers or the sender's respondent id. Campaign and audience go by slug so
 * dashboards read well. The id is the stored key (sender and event id), so PostHog, which drops
 * a repeated UUID, keeps two senders' events that happen to share an id.
 */
export const toForwardedEvent = (
  event: StoredEvent & { respondent: string },
  slugs: { audience: string; campaign: string },
): ForwardedEvent => ({
  audience: slugs.audience,
  campaign: slugs.campaign,
  channel: event.channel,
  distinctId: event.respondent,
  id: eventKeyOf(event),
  locale: event.locale,
  occurredAt: event.occurredAt,
  partner: event.partner,
  phase: event.submission?.phase ?? null,
  type: event.type,
})
