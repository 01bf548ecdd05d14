import type { Access } from 'payload'

import { checkRole } from './roles'

/** Writing campaign content: administrators and editors. */
export const adminOrEditor: Access = ({ req: { user } }) => checkRole(user, ['admin', 'editor'])
