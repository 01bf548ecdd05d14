import type { Payload } from 'payload'

import type { CampaignModel } from './types'

import { closeDatabase } from '../../db/closeDatabase'
import { loadPayload } from '../../server/loadPayload'
import { campaignModelFromDocument } from './campaignModelFromDocument'
import { ensureGeneratorPartners } from './generatorPartners'

export type Targets = {
  campaigns: CampaignModel[]
  /** The partner key that sends each audience's events. */
  keys: Map<string, string>
}

const loadCampaignModels = async (payload: Payload): Promise<CampaignModel[]> => {
  const { docs } = await payload.find({
    collection: 'campaigns',
    depth: 1,
    limit: 0,
    locale: 'all',
    pagination: false,
    where: { _status: { equals: 'published' } },
  })
  return docs.map((campaign) => campaignModelFromDocument(campaign))
}

/**
 * Reads the published campaigns (with their answer keys) from the server's own database, and
 * gives every audience a generator partner to send with.
 */
export const localTargets = async (): Promise<Targets> => {
  const payload = await loadPayload()
  try {
    const campaigns = await loadCampaignModels(payload)
    const audiences = [...new Set(campaigns.flatMap((campaign) => campaign.audiences))].sort()
    return { campaigns, keys: await ensureGeneratorPartners(payload, audiences) }
  } finally {
    await closeDatabase(payload)
  }
}
