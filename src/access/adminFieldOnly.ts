import type { FieldAccess } from 'payload'

import { checkRole } from './roles'

/** Fields only administrators may change, such as a person's role. */
export const adminFieldOnly: FieldAccess = ({ req: { user } }) => checkRole(user, ['admin'])
