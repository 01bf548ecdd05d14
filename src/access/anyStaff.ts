import type { Access } from 'payload'

import { checkRole, staffRoles } from './roles'

/** Any signed-in person: administrators, editors and evaluators. */
export const anyStaff: Access = ({ req: { user } }) => checkRole(user, staffRoles)
