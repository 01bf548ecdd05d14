import type { CollectionBeforeChangeHook } from 'payload'

import type { Campaign } from '../../../src/payload-types'

import { adminWordsOf } from '../../../src/admin/i18n/adminWords'
import { campaignBeingSaved } from '../../../src/editorial/readiness/campaignBeingSaved'
import { findPublishingBlockers } from '../../../src/editorial/readiness/findPublishingBlockers'
import { publicationRefused } from '../../../src/editorial/readiness/publicationRefused'
import { settingsOf } from '../../../src/settingsOf'

/**
 * No placeholder and no unverified hotline reaches a partner: a save that leaves the campaign
 * published (publishing it, scheduling's job, an import, or editing the live document directly) is
 * checked in every language, and refused with the list of what blocks it. Drafts save freely.
 */
export const refuseBlockedPublication: CollectionBeforeChangeHook<Campaign> = async ({
  data,
  originalDoc,
  req,
}) => {
  if ((data._status ?? originalDoc?._status) !== 'published') return data
  const { texts } = await campaignBeingSaved(req, data, originalDoc)
  const blockers = findPublishingBlockers(texts, {
    maxHotlineAgeDays: settingsOf(req.payload).hotlineMaxAgeDays,
    now: new Date(),
  })
  if (blockers.length > 0) throw publicationRefused(blockers, adminWordsOf(req.i18n))
  return data
}
