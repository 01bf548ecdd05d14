import type { Payload, PayloadRequest } from 'payload'

import type { CampaignInLocales } from './campaignTexts'
import type { PublishingBlocker } from './findPublishingBlockers'

import { loadKnowledgeCheckInLocales } from './campaignInLocales'
import { campaignTexts } from './campaignTexts'
import { findPublishingBlockers } from './findPublishingBlockers'
import { settingsOf } from '../../settingsOf'

/** What blocks a campaign (as it is, or as it is about to be saved) from being published now. */
export const publishingBlockersOf = async (
  payload: Payload,
  campaign: CampaignInLocales,
  knowledgeCheck: unknown,
  req?: Partial<PayloadRequest>,
): Promise<PublishingBlocker[]> => {
  const check = await loadKnowledgeCheckInLocales(payload, knowledgeCheck, req)
  return findPublishingBlockers(campaignTexts(campaign, check), {
    maxHotlineAgeDays: settingsOf(payload).hotlineMaxAgeDays,
    now: new Date(),
  })
}
