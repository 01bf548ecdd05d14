import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { sendError } from '../../../http/sendError'
import { loadSheetQuestions } from '../loadSheetQuestions'
import { XLSX_TYPE } from '../readUploadBody'
import { templateCsv, templateFileName } from '../templateCsv'
import { templateXlsx } from '../templateXlsx'
import { readFieldCampaignRequest } from './fieldCampaignRequest'

/**
 * GET /api/events/import/template?campaign=<slug or id>&locale=<code>&format=csv|xlsx: the sheet
 * for one campaign, with its questions in that language and an example row.
 */
export const templateRoute =
  (payload: Payload): RequestHandler =>
  async (req, res) => {
    const format = req.query.format ?? 'csv'
    if (format !== 'csv' && format !== 'xlsx') {
      return sendError(res, 400, 'format must be csv or xlsx.')
    }
    const request = await readFieldCampaignRequest(payload, req)
    if ('message' in request) return sendError(res, request.status, request.message)
    const questions = await loadSheetQuestions(payload, request.campaign, request.locale)
    res
      .status(200)
      .set({
        'Cache-Control': 'no-store',
        'Content-Disposition': `attachment; filename="${templateFileName(request.campaign, format)}"`,
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE,
      })
      .send(
        format === 'csv'
          ? templateCsv(request.campaign, questions)
          : await templateXlsx(request.campaign, questions),
      )
  }
