import type { Payload } from 'payload'

import path from 'node:path'

import type { SimulatedPopulation } from '../../src/tools/population/types'
import type { BundledIds } from './bundledCampaigns'

import { campaignModelFromPack } from '../../src/tools/population/campaignModelsFromPacks'
import { sendPopulation } from '../../src/tools/population/sendPopulation'
import { simulatePopulation } from '../../src/tools/population/simulatePopulation'
import { loadPacks } from '../../src/packs/load'
import { createPartner } from './accounts'
import { knowledgeCheckOf } from './evaluation'

/**
 * Simulates respondents of the bundled campaigns and posts them over HTTP, one partner key per
 * audience, as npm run seed:evaluation does against a running server.
 */
export const seedPopulation = async (
  payload: Payload,
  baseUrl: string,
  ids: BundledIds,
  { respondents, seed }: { respondents: number; seed: number | string },
): Promise<SimulatedPopulation> => {
  const { packs } = await loadPacks(path.resolve('campaigns'))
  const campaigns = await Promise.all(
    packs.map(async (pack) =>
      campaignModelFromPack(pack, (await knowledgeCheckOf(payload, pack.campaign.slug)).revision),
    ),
  )
  const keys = new Map<string, string>()
  for (const [audience, id] of Object.entries(ids.audiences)) {
    const partner = await createPartner(payload, {
      allowedAudiences: [id as number],
      organisation: `Simulated ${audience}`,
    })
    keys.set(audience, partner.apiKey)
  }
  const population = simulatePopulation({ campaigns, now: new Date(), respondents, seed })
  const tallies = await sendPopulation([...population.events, ...population.resends], {
    batchSize: 250,
    concurrency: 2,
    keys,
    url: baseUrl,
  })
  const rejected = [...tallies.values()].flatMap((tally) => tally.reasons)
  if (rejected.length > 0) throw new Error(`the server rejected events: ${rejected.join(' | ')}`)
  return population
}
