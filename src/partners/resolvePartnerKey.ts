import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import type { Partner } from '../payload-types'
import type { PartnerKeyKind } from './publishableKey'

import { onChange } from '../cache/changeFeed'
import { LoadingCache } from '../cache/loadingCache'
import { isPublishableKey, PUBLISHABLE_KEY_PREFIX } from './publishableKey'

/** How partners sign requests: `Authorization: partners API-Key <key>`, either kind of key. */
export const PARTNER_KEY_SCHEME = 'partners API-Key '

export type PartnerKeyLookup =
  { kind: PartnerKeyKind; partner: Partner } | { refusal: 'inactive' | 'unknown' }

const LOOKUP_TTL_MS = 60_000

/**
 * Lookups by SHA-256 of the Authorization header (never the key itself). Payload resolves a key
 * with an HMAC and a query; a partner site sending a request per page view would pay that every
 * time. Any change to a partner forgets them all (forgetPartnerKeys), so a revoked key stops at
 * once in this process and within about a second in any other (changeFeed.ts).
 */
const lookups = new LoadingCache<string, PartnerKeyLookup>({ max: 10_000, ttlMs: LOOKUP_TTL_MS })

export const forgetPartnerKeys = (): void => lookups.clear()

onChange('partners', forgetPartnerKeys)

const findByPublishableKey = async (payload: Payload, key: string): Promise<null | Partner> => {
  const { docs } = await payload.find({
    collection: 'partners',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: { publishableKey: { equals: key } },
  })
  return docs[0] ?? null
}

/** Secret keys are resolved by Payload's own API-key strategy (payload.auth). */
const findBySecretKey = async (payload: Payload, authorization: string) => {
  const { user } = await payload.auth({ headers: new Headers({ authorization }) })
  return user?.collection === 'partners' ? user : null
}

const lookUpPartnerKey = async (
  payload: Payload,
  authorization: string,
): Promise<PartnerKeyLookup> => {
  const key = authorization.slice(PARTNER_KEY_SCHEME.length).trim()
  const kind: PartnerKeyKind = key.startsWith(PUBLISHABLE_KEY_PREFIX) ? 'publishable' : 'secret'
  const partner =
    kind === 'publishable'
      ? isPublishableKey(key)
        ? await findByPublishableKey(payload, key)
        : null
      : await findBySecretKey(payload, authorization)
  if (!partner) return { refusal: 'unknown' }
  return partner.active ? { kind, partner } : { refusal: 'inactive' }
}

/**
 * The partner behind a `partners API-Key …` header and which of its keys signed it: the one
 * place delivery and ingestion both ask.
 */
export const resolvePartnerKey = async (
  payload: Payload,
  authorization: string,
): Promise<PartnerKeyLookup> => {
  const digest = createHash('sha256').update(authorization).digest('hex')
  return lookups.get(digest, () => lookUpPartnerKey(payload, authorization))
}
