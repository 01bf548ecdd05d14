import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import type { Principal } from './principal'

import { cachedResolution, rememberResolution } from './principalCache'

export const PARTNER_KEY_SCHEME = 'partners API-Key '

export type KeyResolution = { principal: Principal } | { refusal: 'inactive' | 'unknown' }

/**
 * The partner behind `Authorization: partners API-Key <key>`, resolved by Payload's own API-key
 * strategy (payload.auth) once, then from the cache.
 */
export const resolvePartnerKey = async (
  payload: Payload,
  authorization: string,
): Promise<KeyResolution> => {
  const digest = createHash('sha256').update(authorization).digest('hex')
  const cached = cachedResolution(digest)
  if (cached) return cached
  const { user } = await payload.auth({ headers: new Headers({ authorization }) })
  const resolution: KeyResolution =
    user?.collection !== 'partners'
      ? { refusal: 'unknown' }
      : user.active
        ? { principal: { kind: 'partner', partner: user } }
        : { refusal: 'inactive' }
  rememberResolution(digest, resolution)
  return resolution
}
