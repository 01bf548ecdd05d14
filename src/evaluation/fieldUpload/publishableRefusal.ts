import type { Principal } from '../ingestion/principal'

/** Paper sheets hold many respondents: they come from a staff session or a secret key. */
export const isPublishable = (principal: Principal): boolean =>
  principal.kind === 'partner' && principal.key === 'publishable'

export const PUBLISHABLE_REFUSAL =
  'Field uploads are signed with a staff session or the partner’s secret key, never the ' +
  'publishable key of its pages.'
