import type { Payload } from 'payload'

/**
 * Partners made before publishable keys existed (or by a database import) get one at start: the
 * save runs the hook that issues it. Their API keys stay what they were, now their secret keys.
 */
export const issueMissingPublishableKeys = async (payload: Payload): Promise<void> => {
  const { docs } = await payload.find({
    collection: 'partners',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { organisation: true },
    where: { or: [{ publishableKey: { exists: false } }, { publishableKey: { equals: '' } }] },
  })
  for (const partner of docs) {
    await payload.update({ collection: 'partners', data: {}, id: partner.id, overrideAccess: true })
  }
}
