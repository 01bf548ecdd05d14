import { createHmac, randomBytes } from 'node:crypto'

/**
 * Pseudonyms for one export: HMAC-SHA256 of the stored pseudonym under the server's export key
 * and a random salt drawn for this export alone. Within the export the same respondent always
 * gets the same one (so pre, post and follow-up pair up); across exports, and against anything
 * stored or sent (the partner's respondent id, the stored pseudonym, PostHog's distinct_id),
 * they match nothing, and the salt is never kept or shown.
 */
export const exportPseudonyms = (key: Buffer): ((stored: string) => string) => {
  const salt = randomBytes(32)
  const made = new Map<string, string>()
  return (stored) => {
    let pseudonym = made.get(stored)
    if (!pseudonym) {
      // 20 hex characters (80 bits): no two respondents of a campaign collide in practice.
      pseudonym = `p${createHmac('sha256', key).update(salt).update(stored).digest('hex').slice(0, 20)}`
      made.set(stored, pseudonym)
    }
    return pseudonym
  }
}
