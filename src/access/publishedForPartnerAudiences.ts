import type { Access, Where } from 'payload'

import { activePartnerOf, checkRole, idsOf, staffRoles } from './roles'

/**
 * Staff read every campaign, drafts included. A partner reads only published campaigns aimed at
 * one of the audiences it is allowed to serve; anybody else reads nothing.
 */
export const publishedForPartnerAudiences: Access = ({ req: { user } }) => {
  if (checkRole(user, staffRoles)) return true
  const partner = activePartnerOf(user)
  if (!partner) return false
  const audiences = idsOf(partner.allowedAudiences)
  if (audiences.length === 0) return false
  const publishedForTheirAudiences: Where = {
    and: [{ _status: { equals: 'published' } }, { audiences: { in: audiences } }],
  }
  return publishedForTheirAudiences
}
