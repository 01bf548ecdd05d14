import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Campaign } from '../../../src/payload-types'

import { recordAuditEvent } from '../../../src/audit/recordAuditEvent'

const wasLiveKey = (id: Campaign['id']) => `awareCampaignWasLive:${String(id)}`

/** The live document's status (a draft saved over a published campaign leaves it published). */
const liveStatus = async (req: PayloadRequest, id: Campaign['id']) =>
  (
    await req.payload.db.findOne<Pick<Campaign, '_status' | 'id'>>({
      collection: 'campaigns',
      req,
      where: { id: { equals: id } },
    })
  )?._status

/** Before a save that makes a draft, notes whether the campaign was live, to tell an unpublish. */
export const rememberWhetherLive: CollectionBeforeChangeHook<Campaign> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (data._status === 'draft' && originalDoc?.id !== undefined) {
    req.context[wasLiveKey(originalDoc.id)] =
      (await liveStatus(req, originalDoc.id)) === 'published'
  }
  return data
}

/**
 * Audits publishing and unpublishing. Every save that leaves the campaign published puts a new
 * version in front of partners, so each is a publication; a draft saved over a published
 * campaign leaves it live, and only a campaign whose live document became a draft was
 * unpublished.
 */
export const recordPublication: CollectionAfterChangeHook<Campaign> = async ({ doc, req }) => {
  const subject = { collection: 'campaigns', id: doc.id, label: doc.title }
  if (doc._status === 'published') {
    await recordAuditEvent(req, {
      action: 'campaign.published',
      subject,
      summary: `published “${doc.title}”`,
    })
    return doc
  }
  const wasLive = req.context[wasLiveKey(doc.id)] === true
  delete req.context[wasLiveKey(doc.id)]
  if (wasLive && (await liveStatus(req, doc.id)) === 'draft') {
    await recordAuditEvent(req, {
      action: 'campaign.unpublished',
      subject,
      summary: `unpublished “${doc.title}”`,
    })
  }
  return doc
}
