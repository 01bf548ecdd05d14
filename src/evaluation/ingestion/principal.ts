import type { Partner, User } from '../../payload-types'
import type { PartnerKeyKind } from '../../partners/publishableKey'

/**
 * Who sends a batch: a partner, by one of its keys (the publishable key of its pages, or its
 * secret key), or a signed-in person (field sessions).
 */
export type Principal =
  { key: PartnerKeyKind; kind: 'partner'; partner: Partner } | { kind: 'user'; user: User }

/** The partner id tallies carry; null for people, whose events belong to no partner. */
export const partnerIdOf = (principal: Principal): null | string =>
  principal.kind === 'partner' ? String(principal.partner.id) : null

/** The key a rate limit counts against: each of a partner's two keys has its own. */
export const rateLimitKeyOf = (principal: Principal): string =>
  principal.kind === 'partner'
    ? `${principal.key === 'publishable' ? 'publishable' : 'partner'}:${principal.partner.id}`
    : `user:${principal.user.id}`
