import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

/** An audit entry, once written, is never changed: not even trusted code may rewrite history. */
export const refuseAuditRewrite: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'update') {
    throw new APIError('Audit entries cannot be changed: the log is append-only.', 403)
  }
  return data
}
