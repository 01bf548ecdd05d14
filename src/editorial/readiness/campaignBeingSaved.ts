import type { PayloadRequest } from 'payload'

import type { Campaign } from '../../payload-types'
import type { CampaignTexts } from './campaignTexts'

import {
  loadKnowledgeCheckInLocales,
  loadLatestCampaign,
  toCampaignInLocales,
  withIncomingLocale,
} from './campaignInLocales'
import { campaignTexts } from './campaignTexts'

export type CampaignBeingSaved = {
  /** Its latest stored version (draft included), or null while being created. */
  stored: Campaign | null
  /** Every text of every language as it will be once saved, knowledge check included. */
  texts: CampaignTexts
}

const CONTEXT_KEY = 'awareCampaignBeingSaved'

/**
 * The campaign as a save will leave it, read once per save however many hooks ask (the
 * publication guard, the approval rule, the review stage).
 */
export const campaignBeingSaved = async (
  req: PayloadRequest,
  data: Partial<Campaign>,
  originalDoc: Partial<Campaign> | undefined,
): Promise<CampaignBeingSaved> => {
  const cached = req.context[CONTEXT_KEY] as
    { data: Partial<Campaign>; value: CampaignBeingSaved } | undefined
  if (cached?.data === data) return cached.value
  const stored =
    originalDoc?.id !== undefined
      ? await loadLatestCampaign(req.payload, originalDoc.id, req)
      : null
  const campaign = withIncomingLocale(
    toCampaignInLocales(stored),
    req.locale ?? undefined,
    data as Record<string, unknown>,
  )
  const knowledgeCheck = 'knowledgeCheck' in data ? data.knowledgeCheck : stored?.knowledgeCheck
  const check = await loadKnowledgeCheckInLocales(req.payload, knowledgeCheck, req)
  const value = { stored, texts: campaignTexts(campaign, check) }
  req.context[CONTEXT_KEY] = { data, value }
  return value
}
