import type { Payload } from 'payload'

/**
 * Every origin some active partner allows. A CORS preflight carries no Authorization header,
 * so it can only be checked against all partners; the real request is then checked against
 * the one partner its key names.
 */
export const loadAllowedOrigins = async (payload: Payload): Promise<Set<string>> => {
  const { docs } = await payload.find({
    collection: 'partners',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { allowedOrigins: true },
    where: { active: { equals: true } },
  })
  return new Set(docs.flatMap((partner) => partner.allowedOrigins ?? []))
}
