import type { RequestHandler } from 'express'

import { createLocalReq } from 'payload'

import type { MountRoutes } from '../../server/createApp'

import { canReadReports } from '../../access/canReadReports'
import { recordAuditEvent } from '../../audit/recordAuditEvent'
import { readEnvironment } from '../../environment'
import { sendError } from '../http/sendError'
import { webHeaders } from '../http/webHeaders'
import { eventStoreFor } from '../store/eventStoreFor'
import { buildCampaignReport } from './buildCampaignReport'
import { loadReportCampaign } from './reportCampaign'
import { reportCsv } from './reportCsv'
import { parseReportQuery } from './reportQuery'

export const REPORTS_PATH = '/api/reports/campaigns/:idOrSlug'

/**
 * GET /api/reports/campaigns/:idOrSlug for evaluators, editors and administrators: reach and
 * knowledge change per audience and in total, as JSON or CSV, with small cells suppressed.
 */
export const reportRoutes = (): MountRoutes => (app, payload) => {
  const environment = readEnvironment()

  const report: RequestHandler = async (req, res, next) => {
    try {
      const { user } = await payload.auth({ headers: webHeaders(req.headers) })
      if (!user) return sendError(res, 401, 'Sign in to read evaluation reports.')
      if (!canReadReports(user)) {
        return sendError(res, 403, 'Only evaluators, editors and administrators read reports.')
      }
      const parsed = parseReportQuery(req.query as Record<string, unknown>, environment)
      if ('errors' in parsed) return sendError(res, 400, parsed.errors.join(' '))
      const { filters, format, k, quality } = parsed.request

      const idOrSlug = String(req.params.idOrSlug)
      const campaign = await loadReportCampaign(payload, idOrSlug)
      if (!campaign) return sendError(res, 404, `No campaign has the id or slug "${idOrSlug}".`)
      let audience: string | undefined
      if (filters.audience !== undefined) {
        audience = [...campaign.audienceSlugs].find(([, slug]) => slug === filters.audience)?.[0]
        if (audience === undefined) {
          return sendError(
            res,
            400,
            `"audience" "${filters.audience}" is not a known audience slug.`,
          )
        }
      }
      const cells = await eventStoreFor(payload).readCells({
        ...filters,
        audience,
        campaign: campaign.id,
      })
      const built = buildCampaignReport(campaign, cells, {
        filters: Object.fromEntries(
          Object.entries(filters).filter(
            (entry): entry is [string, string] => entry[1] !== undefined,
          ),
        ),
        k,
        onlyAudience: audience,
        quality,
      })
      res.set('Cache-Control', 'no-store')
      if (format === 'csv') {
        // A download leaves Aware: who took which figures, and when, is on record.
        await recordAuditEvent(await createLocalReq({ user }, payload), {
          action: 'data.exported',
          details: { filters: built.filters, format, what: 'report' },
          subject: { collection: 'campaigns', id: campaign.id, label: campaign.title },
          summary: `exported the report of “${campaign.title}” as CSV`,
        })
        res
          .type('text/csv; charset=utf-8')
          .attachment(`${campaign.slug}-report.csv`)
          .send(reportCsv(built))
      } else {
        res.json(built)
      }
    } catch (error) {
      next(error)
    }
  }

  app.get(REPORTS_PATH, report)
}
