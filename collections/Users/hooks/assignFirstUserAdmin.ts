import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { User } from '../../../src/payload-types'

/** The one value the unique `firstAccount` column holds: only one account can ever hold it. */
export const FIRST_ACCOUNT = 'first'

/** Payload's POST /api/users/first-register, which the admin's create-first-user page sends. */
const isFirstRegistration = (req: PayloadRequest) => req.pathname.endsWith('/first-register')

/**
 * Whoever creates the first account owns the installation. Counting accounts cannot decide that
 * alone: registrations that race (in one process or several sharing the database) all count
 * none. So the first account also claims FIRST_ACCOUNT in a column with a unique index, and the
 * database lets exactly one of them commit; a first registration always claims it, so a late one
 * fails instead of creating a second account with the role it asked for.
 */
export const assignFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const claim = { ...data, firstAccount: FIRST_ACCOUNT, role: 'admin' as const }
  if (isFirstRegistration(req)) return claim
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? claim : data
}
