import type { Progress } from './respondent'

const DAY_MS = 86_400_000

/**
 * Whether this device's respondent is offered the follow-up check now: the campaign has one, the
 * post check was answered at least `days` days ago, and the follow-up was neither answered nor
 * declined (each is final, so it is never offered twice).
 */
export const followUpDue = (progress: Progress, days: null | number, now: number): boolean =>
  days !== null &&
  progress.consent === true &&
  progress.postAt !== undefined &&
  progress.phases.includes('post') &&
  !progress.phases.includes('followup') &&
  !progress.followupDeclined &&
  now >= progress.postAt + days * DAY_MS
