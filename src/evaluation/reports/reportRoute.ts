import type { RequestHandler } from 'express'

import { createLocalReq } from 'payload'

import type { MountRoutes } from '../../http/mountRoutes'

import { canReadReports } from '../../access/canReadReports'
import { recordAuditEvent } from '../../audit/recordAuditEvent'
import { sendError } from '../../http/sendError'
import { webHeaders } from '../../http/webHeaders'
import { settingsOf } from '../../settingsOf'
import { iatiExport } from './iati/iatiExport'
import { readCampaignReport } from './readCampaignReport'
import { reportCsv } from './reportCsv'
import { parseReportQuery } from './reportQuery'
import { reportXlsx, XLSX_TYPE } from './xlsx/reportXlsx'

export const REPORTS_PATH = '/api/reports/campaigns/:idOrSlug'

/**
 * GET /api/reports/campaigns/:idOrSlug for evaluators, editors and administrators: reach and
 * knowledge change per audience and in total, as JSON, CSV, an XLSX workbook or IATI activity XML,
 * with small cells suppressed.
 */
export const reportRoutes = (): MountRoutes => (app, payload) => {
  const environment = settingsOf(payload)

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
    const { format } = parsed.request
    let file: { body: Buffer | string; name: string; type: string }
    if (format === 'iati') {
      const answer = await iatiExport(payload, environment.iatiReportingOrg, campaign, built)
      if ('refused' in answer) return sendError(res, 409, answer.refused)
      file = { body: answer.xml, name: 'iati.xml', type: 'application/xml; charset=utf-8' }
    } else if (format === 'xlsx') {
      file = { body: await reportXlsx(built), name: 'report.xlsx', type: XLSX_TYPE }
    } else file = { body: reportCsv(built), name: 'report.csv', type: 'text/csv; charset=utf-8' }
    // A download leaves Aware: who took which figures, and when, is on record.
    await recordAuditEvent(await createLocalReq({ user }, payload), {
      action: 'data.exported',
      details: { filters: built.filters, format, what: 'report' },
      subject: { collection: 'campaigns', id: campaign.id, label: campaign.title },
      summary: `exported the report of “${campaign.title}” as ${format === 'iati' ? 'IATI XML' : format.toUpperCase()}`,
    })
    res.type(file.type).attachment(`${campaign.slug}-${file.name}`).send(file.body)
  }

  app.get(REPORTS_PATH, report)
}
