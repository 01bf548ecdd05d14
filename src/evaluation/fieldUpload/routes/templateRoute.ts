import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { sendError } from '../../../http/sendError'
import { authenticate } from '../../ingestion/authenticate'
import { isPublishable, PUBLISHABLE_REFUSAL } from '../publishableRefusal'
import { lookupOf } from '../fieldCampaign'
import { loadFieldCampaigns } from '../loadFieldCampaigns'
import { templateCsv, templateFileName } from '../templateCsv'
import { typedUserOf } from '../typedUserOf'

/** GET /api/events/import/template?campaign=<slug or id>: the CSV header for one campaign. */
export const templateRoute =
  (payload: Payload): RequestHandler =>
  async (req, res) => {
    const authentication = await authenticate(payload, req.headers)
    if (!('principal' in authentication)) {
      return sendError(res, authentication.status, authentication.message)
    }
    if (isPublishable(authentication.principal)) return sendError(res, 403, PUBLISHABLE_REFUSAL)
    const requested = typeof req.query.campaign === 'string' ? req.query.campaign : ''
    const lookup = lookupOf(
      await loadFieldCampaigns(payload, typedUserOf(authentication.principal)),
    )
    const campaign = lookup.find(requested)
    if (!campaign) {
      return sendError(
        res,
        404,
        `No published campaign "${requested}" for you; ask for one of: ${lookup.slugs().join(', ') || 'none'}.`,
      )
    }
    res
      .status(200)
      .set({
        'Cache-Control': 'no-store',
        'Content-Disposition': `attachment; filename="${templateFileName(campaign)}"`,
        'Content-Type': 'text/csv; charset=utf-8',
      })
      .send(templateCsv(campaign))
  }
