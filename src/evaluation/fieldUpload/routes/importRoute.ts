import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { forwarderFor } from '../../forwarding/forwarderRegistry'
import { sendError } from '../../../http/sendError'
import { admitSender } from '../../ingestion/admitSender'
import { isPublishable, PUBLISHABLE_REFUSAL } from '../publishableRefusal'
import { lookupOf } from '../fieldCampaign'
import { importFieldUpload } from '../importFieldUpload'
import { loadFieldCampaigns } from '../loadFieldCampaigns'
import { UploadFileError } from '../parseFieldUpload'
import { readUploadBody } from '../readUploadBody'
import { readUploadSheet } from '../readUploadSheet'
import { typedUserOf } from '../typedUserOf'

/**
 * POST /api/events/import: a field-upload CSV or .xlsx workbook from a signed-in staff member or a partner key,
 * within the rate limit it shares with POST /api/events (admitSender.ts).
 * Answers 200 {imported, duplicates, rejected: [{row, errors}]} whatever the rows hold; 400 when
 * the file as a whole cannot be read, 413 when it is too large, 415 for another content type.
 */
export const importRoute =
  (payload: Payload): RequestHandler =>
  async (req, res) => {
    const admission = await admitSender(payload, req.headers)
    if ('status' in admission) {
      return sendError(res, admission.status, admission.message, admission.headers)
    }
    const { principal } = admission
    if (isPublishable(principal)) return sendError(res, 403, PUBLISHABLE_REFUSAL)
    const body = await readUploadBody(req)
    if ('message' in body) return sendError(res, body.status, body.message)
    const campaigns = await loadFieldCampaigns(payload, typedUserOf(principal))
    const result = await readUploadSheet(body)
      .then((sheet) =>
        importFieldUpload(payload, {
          dateOrder: body.dateOrder,
          forwarder: forwarderFor(payload),
          lookup: lookupOf(campaigns),
          principal,
          sheet,
        }),
      )
      .catch((error: unknown) => {
        if (error instanceof UploadFileError) return error
        throw error
      })
    if (result instanceof UploadFileError) return sendError(res, 400, result.message)
    res.set('Cache-Control', 'no-store').json(result)
  }
