import type { ForwardedEvent } from '../forwarding/forwarder'
import type { StoredEvent } from '../store/records'

/**
 * What an accepted, consented event becomes for analytics: breakdowns and phase, the pseudonym as
 * distinct id, never answers or the sender's respondent id. Campaign and audience go by slug so
 * dashboards read well.
 */
export const toForwardedEvent = (
  event: StoredEvent & { respondent: string },
  slugs: { audience: string; campaign: string },
): ForwardedEvent => ({
  audience: slugs.audience,
  campaign: slugs.campaign,
  channel: event.channel,
  distinctId: event.respondent,
  id: event.id,
  locale: event.locale,
  occurredAt: event.occurredAt,
  partner: event.partner,
  phase: event.submission?.phase ?? null,
  type: event.type,
})
