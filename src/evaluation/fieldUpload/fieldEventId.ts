import type { EventType } from '../events/wireEvent'

import { keyedUuid } from '../ids/keyedUuid'

export type FieldRowIdentity = {
  assessment: null | number | string
  campaign: number | string
  phase: string
  respondent: string
  type: EventType
}

/**
 * The event id of a field-upload row, derived from what the row is about (campaign, respondent
 * code, phase, knowledge check) rather than drawn at random, so uploading the same sheet again, or
 * the same row in another file, yields the same id and ingestion counts it once. Keyed with the
 * server secret (`key`, see src/evaluation/ids/serverKeys.ts): a stored id reveals no paper code,
 * and nobody without the secret can compute the id of a row to send it first.
 */
export const fieldEventId = (key: Buffer, identity: FieldRowIdentity): string =>
  keyedUuid(
    key,
    JSON.stringify([
      identity.type,
      String(identity.campaign),
      identity.respondent,
      identity.phase,
      identity.assessment === null ? null : String(identity.assessment),
    ]),
  )
