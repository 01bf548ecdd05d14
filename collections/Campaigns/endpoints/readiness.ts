import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { checkRole, staffRoles } from '../../../src/access/roles'
import {
  loadLatestCampaign,
  toCampaignInLocales,
} from '../../../src/editorial/readiness/campaignInLocales'
import { publishingBlockersOf } from '../../../src/editorial/readiness/publishingBlockersOf'

/**
 * GET /api/campaigns/:id/readiness — what still blocks publishing the latest version, per
 * language, for the edit view's “Before publishing” list (and for scripts).
 */
export const readinessEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to see what blocks a campaign from publishing.', 401)
    if (!checkRole(req.user, staffRoles)) {
      throw new APIError('Only staff accounts may see what blocks a campaign from publishing.', 403)
    }
    const id = req.routeParams?.id
    const stored =
      typeof id === 'string' || typeof id === 'number'
        ? await loadLatestCampaign(req.payload, id, req)
        : null
    if (!stored) throw new APIError(`There is no campaign with the id ${String(id)}.`, 404)
    const blockers = await publishingBlockersOf(
      req.payload,
      toCampaignInLocales(stored),
      stored.knowledgeCheck,
      req,
    )
    return Response.json({ blockers, ready: blockers.length === 0 })
  },
  method: 'get',
  path: '/:id/readiness',
}
