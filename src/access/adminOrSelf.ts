import type { Access } from 'payload'

import { checkRole } from './roles'

/** Administrators manage every account; everyone else only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (checkRole(user, ['admin'])) return true
  return user?.collection === 'users' ? { id: { equals: user.id } } : false
}
