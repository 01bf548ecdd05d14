import { createHmac } from 'node:crypto'

/** Changing this label re-keys every pseudonym; it versions the derivation. */
const PURPOSE = 'aware/evaluation/respondent-pseudonym/v1'

/**
 * The pseudonym key, derived from the server secret for this one purpose, so no other use of the
 * secret (sessions, API keys) can produce or check a pseudonym.
 */
export const pseudonymKey = (secret: string): Buffer =>
  createHmac('sha256', secret).update(PURPOSE).digest()

/**
 * HMAC-SHA256 of the campaign and the sender's respondent id, as 64 hex digits. The same person's
 * pre and post pair up inside a campaign; across campaigns, or without the key, the pseudonyms
 * cannot be linked to each other or back to the device's id.
 */
export const pseudonymize = (key: Buffer, campaign: string, respondent: string): string =>
  createHmac('sha256', key).update(`${campaign}\u0000${respondent}`).digest('hex')
