import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { checkRole, staffRoles } from '../../../src/access/roles'
import { checklistItems } from '../../../src/editorial/review/checklist'
import { loadCampaignReview } from '../../../src/editorial/review/loadCampaignReview'

/**
 * GET /api/campaigns/:id/review — the review stage, each language's state and latest decision,
 * the checklist, and what the signed-in person may do (for the Review panel and for scripts).
 */
export const reviewStatusEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to see a campaign’s review.', 401)
    if (!checkRole(req.user, staffRoles)) {
      throw new APIError('Only staff accounts see reviews.', 403)
    }
    const loaded = await loadCampaignReview(req, req.routeParams?.id)
    if (!loaded) {
      throw new APIError(`There is no campaign with the id ${String(req.routeParams?.id)}.`, 404)
    }
    return Response.json({
      ...loaded.review,
      can: {
        requestReview: checkRole(req.user, ['admin', 'editor']),
        review: checkRole(req.user, ['admin', 'reviewer']),
      },
      checklist: checklistItems,
    })
  },
  method: 'get',
  path: '/:id/review',
}
