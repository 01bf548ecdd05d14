import type { Payload } from 'payload'

import { derivedKeyFor } from '../../secrets/derivedKey'

/** Its own purpose label: nothing else made with the server secret can be passed off as a link. */
const PURPOSE = 'aware/editorial/preview-link/v1'

/** The key that signs preview links, derived from the server secret (PAYLOAD_SECRET) once. */
export const previewKeyFor = (payload: Payload): Buffer => derivedKeyFor(payload, PURPOSE)
