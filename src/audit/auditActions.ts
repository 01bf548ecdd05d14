/**
 * What the audit log records. Each action names what happened to what; `details` holds the rest
 * (the role before and after, the key kind, the languages, the export's format and filters).
 */
export const auditActions = [
  { label: 'Campaign published', value: 'campaign.published' },
  { label: 'Campaign published without approval', value: 'campaign.published-without-approval' },
  { label: 'Campaign unpublished', value: 'campaign.unpublished' },
  { label: 'Review requested', value: 'campaign.review-requested' },
  { label: 'Language approved', value: 'campaign.approved' },
  { label: 'Changes requested', value: 'campaign.changes-requested' },
  { label: 'Preview link created', value: 'campaign.preview-link-created' },
  { label: 'Preview link revoked', value: 'campaign.preview-link-revoked' },
  { label: 'Account created', value: 'user.created' },
  { label: 'Role changed', value: 'user.role-changed' },
  { label: 'Partner key created', value: 'partner-key.created' },
  { label: 'Partner key rotated', value: 'partner-key.rotated' },
  { label: 'Partner key revoked', value: 'partner-key.revoked' },
  { label: 'Data exported', value: 'data.exported' },
] as const

export type AuditAction = (typeof auditActions)[number]['value']
