import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

export const DEMO_ORGANISATION = 'Safe Journeys Centre (demo)'

/**
 * The demo's partner account: every audience, the demo page's origin, and a fresh key each run
 * (the old one stops working, as rotating a key in the admin would).
 */
export const ensureDemoPartner = async (payload: Payload, origin: string): Promise<string> => {
  const apiKey = randomUUID()
  const audiences = await payload.find({
    collection: 'audiences',
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const data = {
    active: true,
    allowedAudiences: audiences.docs.map((audience) => audience.id),
    allowedOrigins: [origin],
    apiKey,
    enableAPIKey: true,
    organisation: DEMO_ORGANISATION,
  }
  const existing = await payload.find({
    collection: 'partners',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: { organisation: { equals: DEMO_ORGANISATION } },
  })
  if (existing.docs[0]) {
    await payload.update({
      collection: 'partners',
      data,
      id: existing.docs[0].id,
      overrideAccess: true,
    })
  } else {
    await payload.create({ collection: 'partners', data, overrideAccess: true })
  }
  return apiKey
}
