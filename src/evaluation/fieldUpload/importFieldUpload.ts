import type { Payload } from 'payload'

import type { Forwarder } from '../forwarding/forwarder'
import type { Principal } from '../ingestion/principal'
import type { FieldCampaignLookup } from './fieldCampaign'
import type { RowRejection } from './parseFieldUpload'
import type { DateOrder } from './readDate'
import type { UploadSheet } from './uploadSheet'

import { serverKeysFor } from '../ids/serverKeys'
import { ingestEvents } from '../ingestion/ingestEvents'
import { parseFieldUpload } from './parseFieldUpload'
import { rejectedRowsCsv } from './rejectedRowsCsv'

/**
 * The answer of an upload: rows imported now, rows already there, and each bad row and why; with
 * rejected rows, `rejectedCsv` holds them as uploaded plus a reason column, to fix and upload again.
 */
export type FieldUploadResult = {
  duplicates: number
  imported: number
  rejected: RowRejection[]
  rejectedCsv?: string
}

/**
 * Reads a field-upload sheet and ingests its good rows as the principal's events, through the same
 * path as POST /api/events (validation, scoring, pseudonyms, idempotency on the row's id).
 * Throws UploadFileError when the file as a whole cannot be read.
 */
export const importFieldUpload = async (
  payload: Payload,
  {
    dateOrder,
    forwarder,
    lookup,
    principal,
    sheet,
  }: {
    dateOrder?: DateOrder
    forwarder: Forwarder
    lookup: FieldCampaignLookup
    principal: Principal
    sheet: UploadSheet
  },
): Promise<FieldUploadResult> => {
  const parsed = parseFieldUpload(sheet, lookup, serverKeysFor(payload).fieldUploadId, {
    dateOrder,
  })
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
  const rejected = [...parsed.rejected, ...refusedByIngestion].sort((a, b) => a.row - b.row)
  return {
    duplicates: result.duplicates,
    imported: result.accepted,
    rejected,
    ...(rejected.length > 0
      ? { rejectedCsv: rejectedRowsCsv(parsed.header, parsed.rowCells, rejected) }
      : {}),
  }
}
