import type { CollectionConfig } from 'payload'

import { adminFieldOnly } from '../../src/access/adminFieldOnly'
import { adminOnly } from '../../src/access/adminOnly'
import { adminOrSelf } from '../../src/access/adminOrSelf'
import { assignFirstUserAdmin } from './hooks/assignFirstUserAdmin'
import { equaliseLoginWork } from './hooks/equaliseLoginWork'
import { explainFirstAccountTaken } from './hooks/explainFirstAccountTaken'
import { recordRoleChange } from './hooks/recordRoleChange'
import { refuseWeakPasswords } from './hooks/refuseWeakPasswords'
import { inEveryLanguage } from '../../src/admin/i18n/translations'

export type UsersOptions = {
  /** Session cookies over HTTPS only (production). */
  secureCookies: boolean
}

export const usersCollection = ({ secureCookies }: UsersOptions): CollectionConfig<'users'> => ({
  slug: 'users',
  access: {
    admin: ({ req: { user } }) => user?.collection === 'users',
    create: adminOnly,
    delete: adminOnly,
    read: adminOrSelf,
    update: adminOrSelf,
  },
  labels: { plural: inEveryLanguage('userPlural'), singular: inEveryLanguage('userSingular') },
  admin: {
    defaultColumns: ['email', 'role', 'updatedAt'],
    group: inEveryLanguage('groupSettings'),
    useAsTitle: 'email',
  },
  auth: {
    // Over HTTPS only in production; SameSite=Lax keeps other sites' forms from using it, and
    // Payload's csrf list (CSRF_TRUSTED_ORIGINS) refuses it to other origins of the same site.
    cookies: { sameSite: 'Lax', secure: secureCookies },
  },
  fields: [
    {
      name: 'role',
      type: 'select',
      access: { create: adminFieldOnly, update: adminFieldOnly },
      admin: {
        components: { Field: '/collections/Users/components/RoleField#RoleField' },
        description:
          'Editors write campaigns; reviewers (subject experts, survivor advisors) approve them ' +
          'language by language; evaluators read reports; administrators manage everything. ' +
          'The first account created becomes an administrator.',
      },
      defaultValue: 'editor',
      options: [
        { label: inEveryLanguage('roleAdmin'), value: 'admin' },
        { label: inEveryLanguage('roleEditor'), value: 'editor' },
        { label: inEveryLanguage('roleReviewer'), value: 'reviewer' },
        { label: inEveryLanguage('roleEvaluator'), value: 'evaluator' },
      ],
      required: true,
      saveToJWT: true,
    },
    {
      // Set only by assignFirstUserAdmin; its unique index lets one account ever hold it.
      name: 'firstAccount',
      type: 'text',
      access: { create: () => false, read: () => false, update: () => false },
      admin: { hidden: true },
      hidden: true,
      unique: true,
    },
  ],
  hooks: {
    afterChange: [recordRoleChange],
    afterError: [explainFirstAccountTaken],
    beforeChange: [assignFirstUserAdmin],
    beforeOperation: [refuseWeakPasswords, equaliseLoginWork],
  },
})
