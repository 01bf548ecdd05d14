import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { sendError } from '../../../http/sendError'
import { loadSheetQuestions } from '../loadSheetQuestions'
import { PAPER_SHEET_POLICY, paperSheet } from '../paperSheet'
import { readFieldCampaignRequest } from './fieldCampaignRequest'

/** GET /api/events/import/paper?campaign=<slug or id>&locale=<code>: the printable knowledge check. */
export const paperRoute =
  (payload: Payload): RequestHandler =>
  async (req, res) => {
    const request = await readFieldCampaignRequest(payload, req)
    if ('message' in request) return sendError(res, request.status, request.message)
    const questions = await loadSheetQuestions(payload, request.campaign, request.locale)
    if (!questions) {
      return sendError(
        res,
        404,
        `${request.campaign.slug} has no knowledge check to print; give it one first.`,
      )
    }
    res
      .status(200)
      .set({
        'Cache-Control': 'no-store',
        'Content-Security-Policy': PAPER_SHEET_POLICY,
        'Content-Type': 'text/html; charset=utf-8',
        'X-Robots-Tag': 'noindex, nofollow',
      })
      .send(paperSheet(request.campaign, questions))
  }
