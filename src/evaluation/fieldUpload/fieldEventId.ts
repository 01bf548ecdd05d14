import type { EventType } from '../events/wireEvent'

import { nameBasedUuid } from '../ids/nameBasedUuid'

/** Fixed for ever: changing it would make every past upload count again. */
const FIELD_UPLOAD_NAMESPACE = 'a3f1c7e2-5b8d-4f6a-9c2e-7d1b0e4a6f38'

export type FieldRowIdentity = {
  assessment: null | number | string
  campaign: number | string
  phase: string
  respondent: string
  type: EventType
}

/**
 * The event id of a field-upload row, derived from what the row is about (campaign, respondent,
 * phase, knowledge check) rather than drawn at random: uploading the same sheet again, or the same
 * row in another file, yields the same id, and ingestion counts it once.
 */
export const fieldEventId = (identity: FieldRowIdentity): string =>
  nameBasedUuid(
    FIELD_UPLOAD_NAMESPACE,
    JSON.stringify([
      identity.type,
      String(identity.campaign),
      identity.respondent,
      identity.phase,
      identity.assessment === null ? null : String(identity.assessment),
    ]),
  )
