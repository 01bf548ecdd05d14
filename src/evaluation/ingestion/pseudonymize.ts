import { createHmac } from 'node:crypto'

/**
 * HMAC-SHA256 of the campaign and the sender's respondent id, as 64 hex digits, under the
 * pseudonym key (src/evaluation/ids/serverKeys.ts). The same person's pre and post pair up inside
 * a campaign; across campaigns, or without the key, the pseudonyms cannot be linked to each other
 * or back to the device's id.
 */
export const pseudonymize = (key: Buffer, campaign: string, respondent: string): string =>
  createHmac('sha256', key).update(`${campaign}\u0000${respondent}`).digest('hex')
