import type { CollectionAfterChangeHook } from 'payload'

import type { User } from '../../../src/payload-types'

import { recordAuditEvent } from '../../../src/audit/recordAuditEvent'

/** Audits every account created with its role, and every change of role. */
export const recordRoleChange: CollectionAfterChangeHook<User> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const subject = { collection: 'users', id: doc.id, label: doc.email }
  if (operation === 'create') {
    await recordAuditEvent(req, {
      action: 'user.created',
      // Over HTTP, only the first account is made without signing in: it registered itself.
      actor: req.user || req.payloadAPI === 'local' ? undefined : { id: doc.id, label: doc.email },
      details: { role: doc.role },
      subject,
      summary: `created the account ${doc.email} as ${doc.role}`,
    })
  } else if (previousDoc?.role !== doc.role) {
    await recordAuditEvent(req, {
      action: 'user.role-changed',
      details: { from: previousDoc?.role ?? null, to: doc.role },
      subject,
      summary: `changed the role of ${doc.email} from ${previousDoc?.role ?? 'none'} to ${doc.role}`,
    })
  }
  return doc
}
