import type { Payload } from 'payload'

import type { Forwarder } from '../forwarding/forwarder'
import type { Principal } from '../ingestion/principal'
import type { FieldCampaignLookup } from './fieldCampaign'
import type { RowRejection } from './parseFieldUpload'

import { serverKeysFor } from '../ids/serverKeys'
import { ingestEvents } from '../ingestion/ingestEvents'
import { parseFieldUpload } from './parseFieldUpload'

/** The answer of an upload: rows imported now, rows already there, and each bad row and why. */
export type FieldUploadResult = {
  duplicates: number
  imported: number
  rejected: RowRejection[]
}

/**
 * Reads a field-upload CSV and ingests its good rows as the principal's events, through the same
 * path as POST /api/events (validation, scoring, pseudonyms, idempotency on the row's id).
 * Throws UploadFileError when the file as a whole cannot be read.
 */
export const importFieldUpload = async (
  payload: Payload,
  {
    forwarder,
    lookup,
    principal,
    text,
  }: { forwarder: Forwarder; lookup: FieldCampaignLookup; principal: Principal; text: string },
): Promise<FieldUploadResult> => {
  const parsed = parseFieldUpload(text, lookup, serverKeysFor(payload).fieldUploadId)
  const result =
    parsed.events.length > 0
      ? await ingestEvents(payload, {
          events: parsed.events.map(({ event }) => event),
          forwarder,
          principal,
          source: 'field-upload',
        })
      : { accepted: 0, duplicates: 0, rejected: [] }
  const refusedByIngestion = result.rejected.map(({ errors, index }) => ({
    errors,
    row: parsed.events[index].row,
  }))
  return {
    duplicates: result.duplicates,
    imported: result.accepted,
    rejected: [...parsed.rejected, ...refusedByIngestion].sort((a, b) => a.row - b.row),
  }
}
