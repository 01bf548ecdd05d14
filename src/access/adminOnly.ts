import type { Access } from 'payload'

import { checkRole } from './roles'

export const adminOnly: Access = ({ req: { user } }) => checkRole(user, ['admin'])
