import type { Access } from 'payload'

import { activePartnerOf, checkRole, idsOf, staffRoles } from './roles'

/** Staff read every audience; a partner reads the audiences it may serve. */
export const audiencesForPartner: Access = ({ req: { user } }) => {
  if (checkRole(user, staffRoles)) return true
  const partner = activePartnerOf(user)
  if (!partner) return false
  return { id: { in: idsOf(partner.allowedAudiences) } }
}
