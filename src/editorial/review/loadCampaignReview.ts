import type { PayloadRequest } from 'payload'

import type { Campaign } from '../../payload-types'
import type { CampaignTexts } from '../readiness/campaignTexts'
import type { CampaignReview } from './reviewOf'

import {
  loadKnowledgeCheckInLocales,
  loadLatestCampaign,
  toCampaignInLocales,
} from '../readiness/campaignInLocales'
import { campaignTexts } from '../readiness/campaignTexts'
import { reviewOf } from './reviewOf'

export type LoadedReview = { campaign: Campaign; review: CampaignReview; texts: CampaignTexts }

/** The latest version of a campaign with its review, or null when there is no such campaign. */
export const loadCampaignReview = async (
  req: PayloadRequest,
  id: unknown,
): Promise<LoadedReview | null> => {
  if (typeof id !== 'number' && typeof id !== 'string') return null
  const campaign = await loadLatestCampaign(req.payload, id, req)
  if (!campaign) return null
  const check = await loadKnowledgeCheckInLocales(req.payload, campaign.knowledgeCheck, req)
  const texts = campaignTexts(toCampaignInLocales(campaign), check)
  return { campaign, review: reviewOf(campaign.review, texts, false), texts }
}
