import type { FieldAccess } from 'payload'

/** Fields the server computes (such as a campaign's live status): nobody writes them. */
export const nobodyField: FieldAccess = () => false
