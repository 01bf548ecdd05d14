import type { KeyResolution } from './resolvePartnerKey'

import { expiringCache } from './expiringCache'

/**
 * Partner-key resolutions by SHA-256 of the Authorization header (never the key itself). Payload
 * resolves a key with an HMAC and a query; a site posting a batch per page view would pay that on
 * every request. Entries live a minute, and any change to a partner clears them all (the
 * forgetPrincipalsOnPartner… hooks), so a revoked key stops at once in this process and within a
 * minute in any other.
 */
const resolutions = expiringCache<KeyResolution>({ capacity: 10_000, ttlMs: 60_000 })

export const cachedResolution = (digest: string) => resolutions.get(digest)

export const rememberResolution = (digest: string, resolution: KeyResolution) =>
  resolutions.set(digest, resolution)

export const forgetAllPrincipals = (): void => resolutions.clear()
