import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '../../../src/payload-types'

/** Whoever creates the first account owns the installation. */
export const assignFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
