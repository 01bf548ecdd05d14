import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import type { LocaleCode } from '../../domain/locales'

import { isLocaleCode } from '../../domain/locales'

/**
 * What a preview link grants: one stored version of one campaign, in one language, until a time.
 * `savedAt` is the version's own timestamp, so a link never shows text the version did not have
 * when the link was made (an autosave rewrites its version in place). `id` (random) names the link
 * so that it can be revoked alone, `issuedAt` places it before or after a "revoke all".
 */
export type PreviewGrant = {
  campaign: number | string
  expiresAt: number
  id: string
  issuedAt: number
  locale: LocaleCode
  savedAt: string
  version: number | string
}

/** A new link's id: 16 random bytes, base64url. */
export const newPreviewLinkId = (): string => randomBytes(16).toString('base64url')

const LINK_ID = /^[\w-]{16,64}$/
export const isPreviewLinkId = (value: unknown): value is string =>
  typeof value === 'string' && LINK_ID.test(value)

/**
 * `outdated`: correctly signed, but made before links carried an id (`n`) and an issue time
 * (`i`), so it could never be revoked; such links are refused rather than honoured unrevocably.
 */
export type PreviewLinkCheck =
  | { expiredAt: number; problem: 'expired' }
  | { grant: PreviewGrant }
  | { problem: 'invalid' }
  | { problem: 'outdated' }

const encode = (grant: PreviewGrant) =>
  Buffer.from(
    JSON.stringify({
      c: grant.campaign,
      e: Math.floor(grant.expiresAt / 1000),
      i: grant.issuedAt,
      l: grant.locale,
      n: grant.id,
      s: grant.savedAt,
      v: grant.version,
    }),
  ).toString('base64url')

const isId = (value: unknown): value is number | string =>
  (typeof value === 'number' && Number.isSafeInteger(value)) ||
  (typeof value === 'string' && value.length > 0 && value.length <= 64)

/** A link made before links carried an id, with the one fact still used: when it expires. */
type OutdatedGrant = { expiresAt: number; outdated: true }

const decode = (body: string): null | OutdatedGrant | PreviewGrant => {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null) return null
  const { c, e, i, l, n, s, v } = parsed as Record<string, unknown>
  if (!isId(c) || !isId(v) || !isLocaleCode(l) || typeof s !== 'string') return null
  if (typeof e !== 'number' || !Number.isSafeInteger(e)) return null
  if (n === undefined && i === undefined) return { expiresAt: e * 1000, outdated: true }
  if (!isPreviewLinkId(n)) return null
  if (typeof i !== 'number' || !Number.isSafeInteger(i)) return null
  return { campaign: c, expiresAt: e * 1000, id: n, issuedAt: i, locale: l, savedAt: s, version: v }
}

const signatureOf = (key: Buffer, body: string) =>
  createHmac('sha256', key).update(`aware-preview.${body}`).digest()

/** `<grant>.<HMAC-SHA256 of it>`, both base64url: URL-safe, no padding. */
export const signPreviewGrant = (key: Buffer, grant: PreviewGrant): string => {
  const body = encode(grant)
  return `${body}.${signatureOf(key, body).toString('base64url')}`
}

/**
 * The grant a token carries, once its signature is checked (in constant time) and it has not
 * expired. A token that was altered, truncated or signed with another secret is `invalid`; one
 * made before links could be revoked, and not yet expired, is `outdated`.
 */
export const verifyPreviewToken = (
  key: Buffer,
  token: string,
  now: number = Date.now(),
): PreviewLinkCheck => {
  const parts = token.split('.')
  if (parts.length !== 2 || token.length > 2048) return { problem: 'invalid' }
  const [body, signature] = parts
  const given = Buffer.from(signature, 'base64url')
  const expected = signatureOf(key, body)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { problem: 'invalid' }
  }
  const grant = decode(body)
  if (!grant) return { problem: 'invalid' }
  if (grant.expiresAt <= now) return { expiredAt: grant.expiresAt, problem: 'expired' }
  if ('outdated' in grant) return { problem: 'outdated' }
  return { grant }
}
