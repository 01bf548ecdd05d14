import type { Payload } from 'payload'

import { derivedKey } from '../../evaluation/ids/serverKeys'

/** Its own purpose label: nothing else made with the server secret can be passed off as a link. */
const PURPOSE = 'aware/editorial/preview-link/v1'

const cache = new WeakMap<Payload, Buffer>()

/** The key that signs preview links, derived from the server secret (PAYLOAD_SECRET) once. */
export const previewKeyFor = (payload: Payload): Buffer => {
  let key = cache.get(payload)
  if (!key) {
    key = derivedKey(payload.secret, PURPOSE)
    cache.set(payload, key)
  }
  return key
}
