import path from 'node:path'

import type { CampaignModel } from '../../../src/tools/population/types'

import { campaignModelFromPack } from '../../../src/tools/population/campaignModelsFromPacks'
import { loadPacks } from '../../../src/packs/load'

/** The bundled campaigns as the simulation sees them. */
export const bundledCampaignModels = async (): Promise<CampaignModel[]> => {
  const { errors, packs } = await loadPacks(path.resolve('campaigns'))
  if (errors.length > 0) throw new Error(JSON.stringify(errors))
  return packs.map((pack) => campaignModelFromPack(pack))
}
