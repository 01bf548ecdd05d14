import type { Payload } from 'payload'

import type { PreviewGrant } from './previewLinkToken'

import { AUDIT_COLLECTION } from '../../audit/recordAuditEvent'
import { isPreviewLinkId } from './previewLinkToken'

export const PREVIEW_LINK_CREATED = 'campaign.preview-link-created'
export const PREVIEW_LINK_REVOKED = 'campaign.preview-link-revoked'

/** A link as its creation was recorded: who made it, for which language, until when. */
export type PreviewLinkRecord = {
  createdAt: string
  createdBy: string
  expiresAt: string
  id: string
  locale: string
}

/** One revocation: of one link (`link`), or of every link issued until `revokedAt`. */
export type PreviewLinkRevocation = { all: boolean; link: null | string; revokedAt: number }

/**
 * Preview links keep no state of their own: a link is its signed token. What was made and what
 * was revoked is in the audit log, which nobody can rewrite or delete, so a revocation cannot be
 * undone and every one says who and when. These read a campaign's entries back.
 */
const entriesOf = async (payload: Payload, campaign: number | string, action: string) => {
  const { docs } = await payload.find({
    collection: AUDIT_COLLECTION,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { actorLabel: true, createdAt: true, details: true, locale: true },
    sort: 'createdAt',
    where: {
      action: { equals: action },
      subjectCollection: { equals: 'campaigns' },
      subjectId: { equals: String(campaign) },
    },
  })
  return docs.map((doc) => ({
    ...doc,
    details: (typeof doc.details === 'object' && doc.details !== null ? doc.details : {}) as Record<
      string,
      unknown
    >,
  }))
}

export const revocationsOf = async (
  payload: Payload,
  campaign: number | string,
): Promise<PreviewLinkRevocation[]> =>
  (await entriesOf(payload, campaign, PREVIEW_LINK_REVOKED)).map(({ createdAt, details }) => ({
    all: details.all === true,
    link: isPreviewLinkId(details.link) ? details.link : null,
    revokedAt:
      typeof details.revokedAt === 'number' ? details.revokedAt : new Date(createdAt).getTime(),
  }))

/** The revocation that ended this link, if one did. */
export const revocationOf = (
  link: Pick<PreviewGrant, 'id' | 'issuedAt'>,
  revocations: PreviewLinkRevocation[],
): PreviewLinkRevocation | undefined =>
  revocations.find(
    (revocation) =>
      revocation.link === link.id || (revocation.all && link.issuedAt <= revocation.revokedAt),
  )

/** The campaign's links that still work: made, not expired, not revoked; the newest first. */
export const activePreviewLinksOf = async (
  payload: Payload,
  campaign: number | string,
  now: number = Date.now(),
): Promise<PreviewLinkRecord[]> => {
  const [created, revocations] = await Promise.all([
    entriesOf(payload, campaign, PREVIEW_LINK_CREATED),
    revocationsOf(payload, campaign),
  ])
  const links: PreviewLinkRecord[] = []
  for (const { actorLabel, createdAt, details, locale } of created) {
    const { expiresAt, issuedAt, link } = details
    if (!isPreviewLinkId(link) || typeof expiresAt !== 'string') continue
    const issued = typeof issuedAt === 'number' ? issuedAt : new Date(createdAt).getTime()
    if (new Date(expiresAt).getTime() <= now) continue
    if (revocationOf({ id: link, issuedAt: issued }, revocations)) continue
    links.push({ createdAt, createdBy: actorLabel, expiresAt, id: link, locale: locale ?? '' })
  }
  return links.reverse()
}
