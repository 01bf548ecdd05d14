import type { Payload } from 'payload'

import path from 'node:path'

import { importPacks } from '../../src/packs/importPacks'

export type BundledIds = {
  audiences: Record<string, number | string>
  campaigns: Record<string, number | string>
}

/** Imports the packs in campaigns/ and returns the ids of what they created, by slug. */
export const importBundledCampaigns = async (payload: Payload): Promise<BundledIds> => {
  const report = await importPacks(payload, path.resolve('campaigns'))
  if (report.errors.length > 0) throw new Error(JSON.stringify(report.errors, null, 2))
  const byId = async (collection: 'audiences' | 'campaigns') => {
    const { docs } = await payload.find({ collection, depth: 0, limit: 0, pagination: false })
    return Object.fromEntries(docs.map((doc) => [doc.slug, doc.id]))
  }
  return { audiences: await byId('audiences'), campaigns: await byId('campaigns') }
}
