import type { Payload } from 'payload'

import { createLocalReq, executeAuthStrategies } from 'payload'

import type { GrantLookup } from './partnerGrant'

import { idsOf } from '../../access/roles'

export const PARTNER_KEY_PREFIX = 'partners API-Key '

/**
 * Resolves an Authorization header with Payload's own API-key strategy (the same lookup the
 * REST API does), then reads the slugs of the partner's audiences.
 */
export const resolvePartnerKey = async (
  payload: Payload,
  authorization: string | undefined,
): Promise<GrantLookup> => {
  if (!authorization) return { missing: 'missing' }
  if (!authorization.startsWith(PARTNER_KEY_PREFIX)) return { missing: 'not-a-partner' }
  const req = await createLocalReq({}, payload)
  const { user } = await executeAuthStrategies({
    headers: new Headers({ authorization }),
    payload,
    req,
  })
  if (!user || user.collection !== 'partners') return { missing: 'invalid' }
  if (!user.active) return { missing: 'inactive' }
  const audienceIds = idsOf(user.allowedAudiences)
  const { docs } = audienceIds.length
    ? await payload.find({
        collection: 'audiences',
        depth: 0,
        overrideAccess: true,
        pagination: false,
        select: { slug: true },
        where: { id: { in: audienceIds } },
      })
    : { docs: [] }
  return {
    grant: {
      allowedOrigins: user.allowedOrigins ?? [],
      audiences: docs.map((audience) => audience.slug),
      id: user.id,
    },
  }
}
