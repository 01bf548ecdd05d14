import type { TypedUser } from 'payload'

import type { Principal } from '../ingestion/principal'

/** The Local API's `user` for a principal, so access rules apply as to its own requests. */
export const typedUserOf = (principal: Principal): TypedUser =>
  principal.kind === 'partner'
    ? { ...principal.partner, collection: 'partners' }
    : { ...principal.user, collection: 'users' }
