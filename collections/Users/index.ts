import type { CollectionConfig } from 'payload'

import { adminFieldOnly } from '../../src/access/adminFieldOnly'
import { adminOnly } from '../../src/access/adminOnly'
import { adminOrSelf } from '../../src/access/adminOrSelf'
import { assignFirstUserAdmin } from './hooks/assignFirstUserAdmin'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  access: {
    admin: ({ req: { user } }) => user?.collection === 'users',
    create: adminOnly,
    delete: adminOnly,
    read: adminOrSelf,
    update: adminOrSelf,
  },
  admin: {
    defaultColumns: ['email', 'role', 'updatedAt'],
    group: 'Settings',
    useAsTitle: 'email',
  },
  auth: true,
  fields: [
    {
      name: 'role',
      type: 'select',
      access: { create: adminFieldOnly, update: adminFieldOnly },
      admin: {
        description:
          'Editors write campaigns; evaluators read reports; administrators manage everything. ' +
          'The first account created becomes an administrator.',
      },
      defaultValue: 'editor',
      options: [
        { label: 'Administrator', value: 'admin' },
        { label: 'Editor', value: 'editor' },
        { label: 'Evaluator', value: 'evaluator' },
      ],
      required: true,
      saveToJWT: true,
    },
  ],
  hooks: {
    beforeChange: [assignFirstUserAdmin],
  },
}
