import type { Payload } from 'payload'

import { createHmac } from 'node:crypto'

/**
 * A key derived from the server secret (PAYLOAD_SECRET) for one purpose, so no use of the secret
 * (sessions, API keys, another derived key) can produce or check what another produces. A
 * purpose is a versioned label owned by the feature that uses it
 * (`aware/editorial/preview-link/v1`): changing it re-keys everything made with it.
 */
export const derivedKey = (secret: string, purpose: string): Buffer =>
  createHmac('sha256', secret).update(purpose).digest()

const cache = new WeakMap<Payload, Map<string, Buffer>>()

/** The key of a Payload instance's secret for one purpose, derived once per instance. */
export const derivedKeyFor = (payload: Payload, purpose: string): Buffer => {
  let keys = cache.get(payload)
  if (!keys) {
    keys = new Map()
    cache.set(payload, keys)
  }
  let key = keys.get(purpose)
  if (!key) {
    key = derivedKey(payload.secret, purpose)
    keys.set(purpose, key)
  }
  return key
}
