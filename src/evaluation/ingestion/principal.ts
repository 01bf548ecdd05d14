import type { Partner, User } from '../../payload-types'

/** Who sends a batch: a partner (by its API key) or a signed-in person (field sessions). */
export type Principal = { kind: 'partner'; partner: Partner } | { kind: 'user'; user: User }

/** The partner id tallies carry; null for people, whose events belong to no partner. */
export const partnerIdOf = (principal: Principal): null | string =>
  principal.kind === 'partner' ? String(principal.partner.id) : null

/** The key a rate limit counts against. */
export const rateLimitKeyOf = (principal: Principal): string =>
  principal.kind === 'partner' ? `partner:${principal.partner.id}` : `user:${principal.user.id}`
