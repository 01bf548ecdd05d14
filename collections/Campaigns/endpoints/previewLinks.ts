import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { checkRole } from '../../../src/access/roles'
import { recordAuditEvent } from '../../../src/audit/recordAuditEvent'
import { defaultLocale } from '../../../src/domain/locales'
import { latestVersionOf } from '../../../src/editorial/preview/draftVersions'
import {
  activePreviewLinksOf,
  PREVIEW_LINK_REVOKED,
} from '../../../src/editorial/preview/previewLinkRecords'

/** The campaign behind `:id` and a title to name it by, for someone who may manage its links. */
const campaignFor = async (req: PayloadRequest, doing: string) => {
  if (!req.user) throw new APIError(`Sign in to ${doing}.`, 401)
  if (!checkRole(req.user, ['admin', 'editor'])) {
    throw new APIError(`Only editors and administrators ${doing}.`, 403)
  }
  const id = String(req.routeParams?.id)
  const latest = await latestVersionOf(req.payload, id)
  if (!latest) throw new APIError(`There is no campaign with the id ${id}.`, 404)
  const titles = latest.version.title as unknown as Record<string, string | undefined>
  const title = titles[defaultLocale] || Object.values(titles).find(Boolean) || id
  return { id: latest.parent as number | string, title }
}

/** GET /api/campaigns/:id/preview-links — the links that still work, the newest first. */
export const listPreviewLinksEndpoint: Endpoint = {
  handler: async (req) => {
    const campaign = await campaignFor(req, 'see preview links')
    return Response.json({ links: await activePreviewLinksOf(req.payload, campaign.id) })
  },
  method: 'get',
  path: '/:id/preview-links',
}

/**
 * DELETE /api/campaigns/:id/preview-links/:link — revokes one link (its `id`, as created);
 * revoking it again changes nothing. From then on the link answers 410 with a plain message.
 */
export const revokePreviewLinkEndpoint: Endpoint = {
  handler: async (req) => {
    const campaign = await campaignFor(req, 'revoke preview links')
    const link = String(req.routeParams?.link)
    const active = await activePreviewLinksOf(req.payload, campaign.id)
    const revoked = active.find((entry) => entry.id === link)
    if (!revoked) {
      throw new APIError(
        `This campaign has no working preview link with the id ${JSON.stringify(link)}: it may have expired or been revoked already.`,
        404,
      )
    }
    await recordAuditEvent(req, {
      action: PREVIEW_LINK_REVOKED,
      details: { link, revokedAt: Date.now() },
      locale: revoked.locale,
      subject: { collection: 'campaigns', id: campaign.id, label: campaign.title },
      summary: `revoked a preview link to a draft of “${campaign.title}” (${revoked.locale}, made by ${revoked.createdBy})`,
    })
    return Response.json({ revoked: [revoked] })
  },
  method: 'delete',
  path: '/:id/preview-links/:link',
}

/** DELETE /api/campaigns/:id/preview-links — revokes every link made so far for the campaign. */
export const revokeAllPreviewLinksEndpoint: Endpoint = {
  handler: async (req) => {
    const campaign = await campaignFor(req, 'revoke preview links')
    const active = await activePreviewLinksOf(req.payload, campaign.id)
    if (active.length > 0) {
      await recordAuditEvent(req, {
        action: PREVIEW_LINK_REVOKED,
        details: { all: true, links: active.map((entry) => entry.id), revokedAt: Date.now() },
        subject: { collection: 'campaigns', id: campaign.id, label: campaign.title },
        summary: `revoked every preview link to drafts of “${campaign.title}” (${active.length})`,
      })
    }
    return Response.json({ revoked: active })
  },
  method: 'delete',
  path: '/:id/preview-links',
}
