import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

export const DEMO_ORGANISATION = 'Safe Journeys Centre (demo)'

/**
 * The demo's partner account: every audience, the demo page's origin, and fresh keys each run
 * (the old ones stop working, as replacing keys in the admin would): the publishable key its page
 * embeds, and the secret key its server reads the delivery API with.
 */
export const ensureDemoPartner = async (
  payload: Payload,
  origin: string,
): Promise<{ publishableKey: string; secretKey: string }> => {
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
    replacePublishableKey: true,
  }
  const existing = await payload.find({
    collection: 'partners',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: { organisation: { equals: DEMO_ORGANISATION } },
  })
  const partner = existing.docs[0]
    ? await payload.update({
        collection: 'partners',
        data,
        id: existing.docs[0].id,
        overrideAccess: true,
      })
    : await payload.create({ collection: 'partners', data, overrideAccess: true })
  if (!partner.publishableKey) throw new Error('the demo partner has no publishable key')
  return { publishableKey: partner.publishableKey, secretKey: apiKey }
}
