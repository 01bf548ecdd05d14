import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../src/access/adminOnly'
import { nobody } from '../../src/access/nobody'
import { auditActions } from '../../src/audit/auditActions'
import { AUDIT_COLLECTION } from '../../src/audit/recordAuditEvent'
import { refuseAuditDelete } from './hooks/refuseAuditDelete'
import { refuseAuditRewrite } from './hooks/refuseAuditRewrite'
import { inEveryLanguage } from '../../src/admin/i18n/translations'

/**
 * Who published, unpublished, approved, changed a role, created, rotated or revoked a partner
 * key, exported data, and when. Administrators read it and filter it like any list; nobody
 * edits or deletes an entry, through the API or the Local API.
 */
export const AuditEvents: CollectionConfig<'audit-events'> = {
  slug: AUDIT_COLLECTION,
  access: {
    create: nobody,
    delete: nobody,
    read: adminOnly,
    update: nobody,
  },
  labels: {
    plural: inEveryLanguage('auditEventPlural'),
    singular: inEveryLanguage('auditEventSingular'),
  },
  admin: {
    defaultColumns: ['createdAt', 'action', 'actorLabel', 'subjectLabel', 'locale'],
    description:
      'Append-only: every publish, approval, role change, partner-key change and export.',
    group: inEveryLanguage('groupSettings'),
    listSearchableFields: ['summary', 'actorLabel', 'subjectLabel'],
    useAsTitle: 'summary',
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'summary', type: 'text', required: true },
    {
      name: 'action',
      type: 'select',
      index: true,
      options: auditActions.map(({ label, value }) => ({ label, value })),
      required: true,
    },
    { name: 'actor', type: 'relationship', index: true, relationTo: 'users' },
    { name: 'actorLabel', type: 'text', label: inEveryLanguage('fieldAuditWho'), required: true },
    {
      name: 'subjectCollection',
      type: 'text',
      index: true,
      label: inEveryLanguage('fieldAuditSubjectCollection'),
    },
    { name: 'subjectId', type: 'text', index: true, label: inEveryLanguage('fieldAuditSubjectId') },
    { name: 'subjectLabel', type: 'text', label: inEveryLanguage('fieldAuditSubject') },
    { name: 'locale', type: 'text', label: inEveryLanguage('fieldAuditLanguage') },
    { name: 'details', type: 'json' },
  ],
  hooks: {
    beforeChange: [refuseAuditRewrite],
    beforeDelete: [refuseAuditDelete],
  },
  timestamps: true,
}
