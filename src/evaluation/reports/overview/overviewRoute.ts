import type { RequestHandler } from 'express'

import type { MountRoutes } from '../../../http/mountRoutes'

import { canReadReports } from '../../../access/canReadReports'
import { settingsOf } from '../../../settingsOf'
import { sendError } from '../../../http/sendError'
import { webHeaders } from '../../../http/webHeaders'
import { parseOverviewQuery } from './overviewQuery'
import { readOverview } from './readOverview'

export const OVERVIEW_PATH = '/api/reports/overview'

/**
 * GET /api/reports/overview for evaluators, editors and administrators: a page of campaigns, each
 * with its whole report (every audience and the total), small cells suppressed as in the report.
 */
export const overviewRoutes = (): MountRoutes => (app, payload) => {
  const environment = settingsOf(payload)

  const overview: RequestHandler = async (req, res) => {
    const { user } = await payload.auth({ headers: webHeaders(req.headers) })
    if (!user) return sendError(res, 401, 'Sign in to read evaluation reports.')
    if (!canReadReports(user)) {
      return sendError(res, 403, 'Only evaluators, editors and administrators read reports.')
    }
    const parsed = parseOverviewQuery(req.query as Record<string, unknown>, environment)
    if ('errors' in parsed) return sendError(res, 400, parsed.errors.join(' '))
    res.set('Cache-Control', 'no-store').json(await readOverview(payload, parsed.request))
  }

  app.get(OVERVIEW_PATH, overview)
}
