import type { RequestHandler } from 'express'

import express from 'express'

import type { MountRoutes } from '../../http/mountRoutes'

import { canReviewSubmissions } from '../../access/canReviewSubmissions'
import { sendError } from '../../http/sendError'
import { webHeaders } from '../../http/webHeaders'
import { loadReportCampaign } from '../reports/reportCampaign'
import { eventStoreFor } from '../store/eventStoreFor'
import { reviewItemOf } from './reviewItem'
import { parseReviewDecision, parseReviewList } from './reviewRequests'

export const REVIEW_PATH = '/api/evaluation/review'

/**
 * The data-quality review: GET lists a campaign's submissions by status (flagged ones by
 * default), a page at a time; POST approves or excludes one or many, and the tallies move at
 * once, so the next report counts them accordingly. Evaluators and administrators only.
 */
export const reviewRoutes = (): MountRoutes => (app, payload) => {
  const reviewer: RequestHandler = async (req, res, next) => {
    const { user } = await payload.auth({ headers: webHeaders(req.headers) })
    if (!user) return sendError(res, 401, 'Sign in to review submissions.')
    if (!canReviewSubmissions(user)) {
      return sendError(res, 403, 'Only evaluators and administrators review submissions.')
    }
    res.locals.reviewer = `user:${user.id}`
    next()
  }

  const list: RequestHandler = async (req, res) => {
    const parsed = parseReviewList(req.query as Record<string, unknown>)
    if ('errors' in parsed) return sendError(res, 400, parsed.errors.join(' '))
    const { campaign: idOrSlug, limit, page, statuses } = parsed.request
    const campaign = await loadReportCampaign(payload, idOrSlug)
    if (!campaign) return sendError(res, 404, `No campaign has the id or slug "${idOrSlug}".`)
    const store = eventStoreFor(payload)
    const query = { campaign: campaign.id, statuses }
    const [totalDocs, records] = await Promise.all([
      store.countSubmissions(query),
      store.readSubmissions({ ...query, limit, offset: (page - 1) * limit }),
    ])
    res.set('Cache-Control', 'no-store').json({
      campaign: { id: campaign.id, slug: campaign.slug, title: campaign.title },
      docs: records.map((record) => reviewItemOf(record, campaign.audienceSlugs)),
      limit,
      page,
      totalDocs,
      totalPages: Math.max(1, Math.ceil(totalDocs / limit)),
    })
  }

  const decide: RequestHandler = async (req, res) => {
    const decision = parseReviewDecision(req.body)
    if (typeof decision === 'string') return sendError(res, 400, decision)
    const changed = await eventStoreFor(payload).review({
      decisions: new Map(decision.submissions.map((key) => [key, decision.status])),
      reviewedAt: new Date(),
      reviewer: String(res.locals.reviewer),
    })
    const found = new Set(changed.map((record) => record.event))
    res.set('Cache-Control', 'no-store').json({
      changed: changed.length,
      status: decision.status,
      // Already so, or named no submission (a later retake may have replaced it).
      unchanged: decision.submissions.filter((key) => !found.has(key)),
    })
  }

  app.get(REVIEW_PATH, reviewer, list)
  app.post(
    REVIEW_PATH,
    reviewer,
    express.json({ limit: 128 * 1024, strict: true }),
    (error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) =>
      error
        ? sendError(res, 400, `The body is not valid JSON: ${(error as Error).message}`)
        : next(),
    decide,
  )
}
