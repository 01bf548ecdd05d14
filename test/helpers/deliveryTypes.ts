/** The delivery API's answers, as tests read them (the server's own types, re-exported). */
export type {
  CampaignSummaryView as CampaignSummary,
  CampaignView as CampaignResponse,
} from '../../src/delivery/content/campaignView'

import type { CampaignSummaryView } from '../../src/delivery/content/campaignView'

export type CampaignList = { audiences: string[]; campaigns: CampaignSummaryView[]; locale: string }
