import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { authenticate } from '../../ingestion/authenticate'
import { isPublishable, PUBLISHABLE_REFUSAL } from '../publishableRefusal'
import { lookupOf } from '../fieldCampaign'
import { loadFieldCampaigns } from '../loadFieldCampaigns'
import { templateCsv, templateFileName } from '../templateCsv'
import { typedUserOf } from '../typedUserOf'

/** GET /api/events/import/template?campaign=<slug or id>: the CSV header for one campaign. */
export const templateRoute =
  (payload: Payload): RequestHandler =>
  async (req, res, next) => {
    try {
      const authentication = await authenticate(payload, req.headers)
      if (!('principal' in authentication)) {
        res.status(authentication.status).json({ errors: [{ message: authentication.message }] })
        return
      }
      if (isPublishable(authentication.principal)) {
        res.status(403).json({ errors: [{ message: PUBLISHABLE_REFUSAL }] })
        return
      }
      const requested = typeof req.query.campaign === 'string' ? req.query.campaign : ''
      const lookup = lookupOf(
        await loadFieldCampaigns(payload, typedUserOf(authentication.principal)),
      )
      const campaign = lookup.find(requested)
      if (!campaign) {
        res.status(404).json({
          errors: [
            {
              message: `No published campaign "${requested}" for you; ask for one of: ${lookup.slugs().join(', ') || 'none'}.`,
            },
          ],
        })
        return
      }
      res
        .status(200)
        .set({
          'Cache-Control': 'no-store',
          'Content-Disposition': `attachment; filename="${templateFileName(campaign)}"`,
          'Content-Type': 'text/csv; charset=utf-8',
        })
        .send(templateCsv(campaign))
    } catch (error) {
      next(error)
    }
  }
