import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { checkRole } from '../../../src/access/roles'
import { recordAuditEvent } from '../../../src/audit/recordAuditEvent'
import { loadCampaignReview } from '../../../src/editorial/review/loadCampaignReview'
import { writeReview } from '../../../src/editorial/review/writeReview'

/** POST /api/campaigns/:id/review-request — an editor sends the campaign to its reviewers. */
export const requestReviewEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to ask for a review.', 401)
    if (!checkRole(req.user, ['admin', 'editor'])) {
      throw new APIError('Only editors and administrators ask for a review.', 403)
    }
    const loaded = await loadCampaignReview(req, req.routeParams?.id)
    if (!loaded) {
      throw new APIError(`There is no campaign with the id ${String(req.routeParams?.id)}.`, 404)
    }
    const { campaign, title } = loaded
    await writeReview(req, campaign, {
      ...campaign.review,
      requestedAt: new Date().toISOString(),
      requestedBy: req.user.id,
    })
    await recordAuditEvent(req, {
      action: 'campaign.review-requested',
      subject: { collection: 'campaigns', id: campaign.id, label: title },
      summary: `asked for a review of “${title}”`,
    })
    const after = await loadCampaignReview(req, campaign.id)
    return Response.json(after?.review)
  },
  method: 'post',
  path: '/:id/review-request',
}
