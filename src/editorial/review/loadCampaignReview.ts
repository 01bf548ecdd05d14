import type { PayloadRequest } from 'payload'

import type { Campaign } from '../../payload-types'
import type { CampaignTexts } from '../readiness/campaignTexts'
import type { CampaignReview } from './reviewOf'

import {
  loadKnowledgeCheckInLocales,
  loadLatestCampaign,
  toCampaignInLocales,
} from '../readiness/campaignInLocales'
import { defaultLocale } from '../../domain/locales'
import { campaignTexts } from '../readiness/campaignTexts'
import { reviewOf } from './reviewOf'

export type LoadedReview = {
  /** Read in every locale at once: its localized fields are objects by locale. */
  campaign: Campaign
  review: CampaignReview
  texts: CampaignTexts
  /** The title in the default language, else the first one written. */
  title: string
}

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
  const titles = texts.texts.filter((entry) => entry.path === 'title')
  const title = (titles.find((entry) => entry.locale === defaultLocale) ?? titles[0])?.text ?? ''
  return { campaign, review: reviewOf(campaign.review, texts, false), texts, title }
}
