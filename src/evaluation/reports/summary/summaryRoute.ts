import type { RequestHandler } from 'express'

import { createLocalReq } from 'payload'

import type { MountRoutes } from '../../../http/mountRoutes'

import { canReadReports } from '../../../access/canReadReports'
import { recordAuditEvent } from '../../../audit/recordAuditEvent'
import { settingsOf } from '../../../settingsOf'
import { sendError } from '../../../http/sendError'
import { webHeaders } from '../../../http/webHeaders'
import { REPORTS_PATH } from '../reportRoute'
import { readCampaignSummary } from './readCampaignSummary'
import { summaryHtml, summaryPagePolicy } from './summaryHtml'
import { parseSummaryQuery } from './summaryQuery'

export const SUMMARY_PATH = `${REPORTS_PATH}/summary`

/** The same summary's address in the other format, with the same filters. */
const otherFormat = (originalUrl: string, format: 'pdf') => {
  const url = new URL(originalUrl, 'http://aware.invalid')
  url.searchParams.set('format', format)
  return `${url.pathname}${url.search}`
}

/**
 * GET /api/reports/campaigns/:idOrSlug/summary for evaluators, editors and administrators: the
 * donor summary of a report (same filters, same protection) as a printable page, or ?format=pdf.
 */
export const summaryRoutes = (): MountRoutes => (app, payload) => {
  const environment = settingsOf(payload)

  const summary: RequestHandler = async (req, res) => {
    const { user } = await payload.auth({ headers: webHeaders(req.headers) })
    if (!user) return sendError(res, 401, 'Sign in to read evaluation reports.')
    if (!canReadReports(user)) {
      return sendError(res, 403, 'Only evaluators, editors and administrators read reports.')
    }
    const parsed = parseSummaryQuery(req.query as Record<string, unknown>, environment)
    if ('errors' in parsed) return sendError(res, 400, parsed.errors.join(' '))
    const { format, ...request } = parsed.request

    const outcome = await readCampaignSummary(payload, String(req.params.idOrSlug), {
      ...request,
      deploymentK: environment.reportMinRespondents,
    })
    if (outcome.kind === 'refused') return sendError(res, outcome.status, outcome.message)
    const { campaign, summary: built } = outcome

    res.set('Cache-Control', 'no-store')
    if (format === 'html') {
      res
        .set('Content-Security-Policy', summaryPagePolicy)
        .type('text/html; charset=utf-8')
        .send(summaryHtml(built, otherFormat(req.originalUrl, 'pdf')))
      return
    }
    // PDFKit, fontkit and the fonts are loaded on the first PDF, not at start.
    const { summaryPdf } = await import('./summaryPdf')
    const pdf = await summaryPdf(built)
    // A PDF is made to leave Aware: who took which figures, and when, is on record.
    await recordAuditEvent(await createLocalReq({ user }, payload), {
      action: 'data.exported',
      details: { filters: request.filters, format: 'pdf', k: request.k, what: 'summary' },
      subject: { collection: 'campaigns', id: campaign.id, label: campaign.title },
      summary: `exported the donor summary of “${campaign.title}” as PDF`,
    })
    res.type('application/pdf').attachment(`${campaign.slug}-summary.pdf`).send(pdf)
  }

  app.get(SUMMARY_PATH, summary)
}
