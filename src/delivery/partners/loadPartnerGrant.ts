import type { Payload } from 'payload'

import type { GrantLookup } from './partnerGrant'

import { idsOf } from '../../access/roles'
import { PARTNER_KEY_SCHEME, resolvePartnerKey } from '../../partners/resolvePartnerKey'

/** What the partner behind an Authorization header may be served, audiences by slug. */
export const loadPartnerGrant = async (
  payload: Payload,
  authorization: string | undefined,
): Promise<GrantLookup> => {
  if (!authorization) return { missing: 'missing' }
  if (!authorization.startsWith(PARTNER_KEY_SCHEME)) return { missing: 'not-a-partner' }
  const lookup = await resolvePartnerKey(payload, authorization)
  if ('refusal' in lookup)
    return { missing: lookup.refusal === 'inactive' ? 'inactive' : 'invalid' }
  const { partner } = lookup
  const audienceIds = idsOf(partner.allowedAudiences)
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
      allowedOrigins: partner.allowedOrigins ?? [],
      audiences: docs.map((audience) => audience.slug),
      id: partner.id,
      keyKind: lookup.kind,
    },
  }
}
