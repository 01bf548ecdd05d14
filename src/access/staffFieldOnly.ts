import type { FieldAccess } from 'payload'

import { checkRole, staffRoles } from './roles'

/** Fields partners and anonymous callers must never read, such as the correct answers. */
export const staffFieldOnly: FieldAccess = ({ req: { user } }) => checkRole(user, staffRoles)
