import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Campaign } from '../../../src/payload-types'

import { recordAuditEvent } from '../../../src/audit/recordAuditEvent'
import { takePublicationNote } from '../../../src/editorial/review/publicationNotes'

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
export const recordPublication: CollectionAfterChangeHook<Campaign> = async ({
  doc,
  operation,
  req,
}) => {
  const subject = { collection: 'campaigns', id: doc.id, label: doc.title }
  if (doc._status === 'published') {
    // The approval rule said which languages, if any, were published without approval.
    const unapproved = takePublicationNote(req, doc.id, operation)?.unapprovedLocales ?? []
    await recordAuditEvent(req, {
      action: unapproved.length ? 'campaign.published-without-approval' : 'campaign.published',
      details: unapproved.length ? { unapprovedLocales: unapproved } : {},
      subject,
      summary: unapproved.length
        ? `published “${doc.title}” without approval in ${unapproved.join(', ')}`
        : `published “${doc.title}”`,
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
