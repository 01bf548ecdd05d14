import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

const organisationFor = (audience: string) => `Population generator (${audience})`

/**
 * One partner per audience for simulated traffic, so reports can be filtered to (or away from)
 * it. Payload keeps API keys encrypted and never reads them back, so each run gives the generator's
 * partners a fresh key; no real partner's key is touched.
 */
export const ensureGeneratorPartners = async (
  payload: Payload,
  audiences: readonly string[],
): Promise<Map<string, string>> => {
  const keys = new Map<string, string>()
  for (const audience of audiences) {
    const { docs: found } = await payload.find({
      collection: 'audiences',
      depth: 0,
      limit: 1,
      where: { slug: { equals: audience } },
    })
    if (!found[0]) throw new Error(`No audience "${audience}" in the database.`)
    const apiKey = randomUUID()
    const data = {
      active: true,
      allowedAudiences: [found[0].id],
      apiKey,
      enableAPIKey: true,
      organisation: organisationFor(audience),
    }
    const { docs: existing } = await payload.find({
      collection: 'partners',
      depth: 0,
      limit: 1,
      where: { organisation: { equals: organisationFor(audience) } },
    })
    if (existing[0]) {
      await payload.update({ collection: 'partners', data, id: existing[0].id })
    } else {
      await payload.create({ collection: 'partners', data })
    }
    keys.set(audience, apiKey)
  }
  return keys
}
