import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import type { Partner } from '../payload-types'

import { ExpiringMap } from '../cache/expiringMap'

/** How partners sign requests: `Authorization: partners API-Key <key>`. */
export const PARTNER_KEY_SCHEME = 'partners API-Key '

export type PartnerKeyLookup = { partner: Partner } | { refusal: 'inactive' | 'unknown' }

const LOOKUP_TTL_MS = 60_000

/**
 * Lookups by SHA-256 of the Authorization header (never the key itself). Payload resolves a key
 * with an HMAC and a query; a partner site sending a request per page view would pay that every
 * time. Any change to a partner forgets them all (forgetPartnerKeys), so a revoked key stops at
 * once in this process and within a minute in any other.
 */
const lookups = new ExpiringMap<string, PartnerKeyLookup>(10_000)

export const forgetPartnerKeys = (): void => lookups.clear()

/**
 * The partner behind a `partners API-Key …` header, resolved by Payload's own API-key strategy
 * (payload.auth) — the one place delivery and ingestion both ask.
 */
export const resolvePartnerKey = async (
  payload: Payload,
  authorization: string,
): Promise<PartnerKeyLookup> => {
  const digest = createHash('sha256').update(authorization).digest('hex')
  const now = Date.now()
  const cached = lookups.get(digest, now)
  if (cached) return cached
  const { user } = await payload.auth({ headers: new Headers({ authorization }) })
  const lookup: PartnerKeyLookup =
    user?.collection !== 'partners'
      ? { refusal: 'unknown' }
      : user.active
        ? { partner: user }
        : { refusal: 'inactive' }
  lookups.set(digest, lookup, now + LOOKUP_TTL_MS)
  return lookup
}
