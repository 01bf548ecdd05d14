import type { CollectionBeforeChangeHook } from 'payload'

import type { Campaign } from '../../../src/payload-types'

import { checkRole } from '../../../src/access/roles'
import { adminWordsOf } from '../../../src/admin/i18n/adminWords'
import { actorOf } from '../../../src/audit/recordAuditEvent'
import { campaignBeingSaved } from '../../../src/editorial/readiness/campaignBeingSaved'
import { notApproved } from '../../../src/editorial/review/notApproved'
import { notePublication } from '../../../src/editorial/review/publicationNotes'
import { reviewOf } from '../../../src/editorial/review/reviewOf'

/**
 * Nothing is published without a recorded approval. A save that leaves the campaign published
 * needs every language approved as it now reads; an editor is refused otherwise. An
 * administrator (or trusted code without a user: an import run with --publish, a job) may
 * publish anyway, and the version records who did, when, and which languages lacked approval.
 */
export const requireApproval: CollectionBeforeChangeHook<Campaign> = async ({
  data,
  originalDoc,
  req,
}) => {
  if ((data._status ?? originalDoc?._status) !== 'published') return data
  const { texts } = await campaignBeingSaved(req, data, originalDoc)
  const record = data.review ?? originalDoc?.review ?? {}
  const pending = reviewOf(record, texts, false).locales.filter(
    (review) => review.state !== 'approved',
  )
  if (pending.length > 0 && req.user && !checkRole(req.user, ['admin']))
    throw notApproved(pending, adminWordsOf(req.i18n))
  const actor = actorOf(req)
  const unapprovedLocales = pending.map((review) => review.locale)
  data.review = {
    ...record,
    publishedWithoutApproval:
      pending.length === 0
        ? { at: null, by: null, byLabel: null, locales: [] }
        : {
            at: new Date().toISOString(),
            by: typeof actor.id === 'number' || typeof actor.id === 'string' ? actor.id : null,
            byLabel: actor.label,
            locales: unapprovedLocales,
          },
    // A new round of review starts with the next draft.
    requestedAt: null,
    requestedBy: null,
  } as Campaign['review']
  notePublication(req, originalDoc?.id, { unapprovedLocales })
  return data
}
