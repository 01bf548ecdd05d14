import type { Access } from 'payload'

import { activePartnerOf, checkRole, staffRoles } from './roles'

/** Supporting content (assessments without answers, media) that partner sites need to render. */
export const staffOrActivePartner: Access = ({ req: { user } }) =>
  checkRole(user, staffRoles) || activePartnerOf(user) !== null
