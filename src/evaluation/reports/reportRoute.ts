import type { RequestHandler } from 'express'

import { createLocalReq } from 'payload'

import type { MountRoutes } from '../../http/mountRoutes'

import { canReadReports } from '../../access/canReadReports'
import { recordAuditEvent } from '../../audit/recordAuditEvent'
import { readEnvironment } from '../../environment'
import { sendError } from '../../http/sendError'
import { webHeaders } from '../../http/webHeaders'
import { readCampaignReport } from './readCampaignReport'
import { reportCsv } from './reportCsv'
import { parseReportQuery } from './reportQuery'

export const REPORTS_PATH = '/api/reports/campaigns/:idOrSlug'

/**
 * GET /api/reports/campaigns/:idOrSlug for evaluators, editors and administrators: reach and
 * knowledge change per audience and in total, as JSON or CSV, with small cells suppressed.
 */
export const reportRoutes = (): MountRoutes => (app, payload) => {
  const environment = readEnvironment()

  const report: RequestHandler = async (req, res) => {
    const { user } = await payload.auth({ headers: webHeaders(req.headers) })
    if (!user) return sendError(res, 401, 'Sign in to read evaluation reports.')
    if (!canReadReports(user)) {
      return sendError(res, 403, 'Only evaluators, editors and administrators read reports.')
    }
    const parsed = parseReportQuery(req.query as Record<string, unknown>, environment)
    if ('errors' in parsed) return sendError(res, 400, parsed.errors.join(' '))

    const outcome = await readCampaignReport(payload, String(req.params.idOrSlug), {
      ...parsed.request,
      deploymentK: environment.reportMinRespondents,
    })
    if (outcome.kind === 'refused') return sendError(res, outcome.status, outcome.message)
    const { campaign, report: built } = outcome

    res.set('Cache-Control', 'no-store')
    if (parsed.request.format === 'json') {
      res.json(built)
      return
    }
    // A download leaves Aware: who took which figures, and when, is on record.
    await recordAuditEvent(await createLocalReq({ user }, payload), {
      action: 'data.exported',
      details: { filters: built.filters, format: 'csv', what: 'report' },
      subject: { collection: 'campaigns', id: campaign.id, label: campaign.title },
      summary: `exported the report of “${campaign.title}” as CSV`,
    })
    res
      .type('text/csv; charset=utf-8')
      .attachment(`${campaign.slug}-report.csv`)
      .send(reportCsv(built))
  }

  app.get(REPORTS_PATH, report)
}
