import type { CampaignPack } from '../../packs/types'
import type { CampaignModel } from './types'

/**
 * Campaign models from content packs (the bundled campaigns/ folder). A pack has no answer-key
 * revision: a freshly imported check is at revision 1, and a server may say otherwise.
 */
export const campaignModelFromPack = (
  { campaign, knowledgeCheck }: CampaignPack,
  revision = 1,
): CampaignModel => ({
  assessment: knowledgeCheck && {
    items: knowledgeCheck.items.map((item) => ({
      choices: item.choices.map((choice) => ({ correct: choice.correct, key: choice.key })),
      key: item.key,
    })),
    revision,
    slug: knowledgeCheck.slug,
  },
  audiences: [...campaign.audiences],
  channels: [...campaign.channels],
  locales: Object.keys(campaign.title),
  period: { end: campaign.period.end ?? null, start: campaign.period.start },
  slug: campaign.slug,
})
