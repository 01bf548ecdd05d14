import type { Access } from 'payload'

import { activePartnerOf, checkRole, staffRoles } from './roles'

/** Staff see every partner (reports filter by partner); a partner sees only itself. */
export const staffOrSelfPartner: Access = ({ req: { user } }) => {
  if (checkRole(user, staffRoles)) return true
  const partner = activePartnerOf(user)
  return partner ? { id: { equals: partner.id } } : false
}
