import type { Principal } from './principal'

/** Which route an event came in by: the events API, or a field-upload CSV. */
export type EventSource = 'api' | 'field-upload'

/**
 * Who vouches for an event id: the idempotency key is the sender plus the sender's own id, so
 * the same id from two senders never makes the other's event a "duplicate". A partner (whatever
 * key it signs with), a staff account, and field uploads each have their own namespace; paper
 * sheets are one namespace per organisation that uploads them (a partner, or the NGO's staff),
 * as a respondent code on paper means something only within the sheets of the one who wrote it.
 */
export const senderOf = (principal: Principal, source: EventSource): string => {
  if (source === 'field-upload') {
    return principal.kind === 'partner' ? `upload:partner:${principal.partner.id}` : 'upload:staff'
  }
  return principal.kind === 'partner'
    ? `partner:${principal.partner.id}`
    : `user:${principal.user.id}`
}
