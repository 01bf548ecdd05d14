import { randomBytes } from 'node:crypto'

/**
 * Partners have two kinds of key, as Stripe and PostHog separate them. The publishable key
 * (`pk_…`) is the one in web pages: it reads published content and sends events only from the
 * partner's allowed origins, and events only inside a signed widget session. The secret key is
 * Payload's API key: server to server, for many respondents, never in a page.
 */
export const PUBLISHABLE_KEY_PREFIX = 'pk_'

export type PartnerKeyKind = 'publishable' | 'secret'

/** 128 random bits, hex: `pk_` and 32 digits. */
export const newPublishableKey = (): string =>
  `${PUBLISHABLE_KEY_PREFIX}${randomBytes(16).toString('hex')}`

export const isPublishableKey = (key: string): boolean =>
  key.startsWith(PUBLISHABLE_KEY_PREFIX) && /^pk_[0-9a-f]{32}$/.test(key)
