import type { CollectionBeforeChangeHook } from 'payload'

import type { Campaign } from '../../../src/payload-types'

import {
  loadLatestCampaign,
  toCampaignInLocales,
  withIncomingLocale,
} from '../../../src/editorial/readiness/campaignInLocales'
import { publicationRefused } from '../../../src/editorial/readiness/publicationRefused'
import { publishingBlockersOf } from '../../../src/editorial/readiness/publishingBlockersOf'

/**
 * No placeholder and no unverified hotline reaches a partner: a save that leaves the campaign
 * published (publishing it, scheduling's job, an import, or editing the live document directly) is
 * checked in every language, and refused with the list of what blocks it. Drafts save freely.
 */
export const refuseBlockedPublication: CollectionBeforeChangeHook<Campaign> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const status = data._status ?? originalDoc?._status
  if (status !== 'published') return data
  const stored =
    operation === 'update' && originalDoc?.id !== undefined
      ? await loadLatestCampaign(req.payload, originalDoc.id, req)
      : null
  const campaign = withIncomingLocale(
    toCampaignInLocales(stored),
    req.locale ?? undefined,
    data as Record<string, unknown>,
  )
  const knowledgeCheck = 'knowledgeCheck' in data ? data.knowledgeCheck : stored?.knowledgeCheck
  const blockers = await publishingBlockersOf(req.payload, campaign, knowledgeCheck, req)
  if (blockers.length > 0) throw publicationRefused(blockers)
  return data
}
