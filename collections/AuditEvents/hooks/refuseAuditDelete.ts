import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

/** Nor is one removed. */
export const refuseAuditDelete: CollectionBeforeDeleteHook = () => {
  throw new APIError('Audit entries cannot be deleted: the log is append-only.', 403)
}
