import type { QualityRules } from './qualityRules'
import type { QualityReason } from './qualityStatus'

/** Device clocks drift; a few minutes ahead of the server is not yet "in the future". */
export const FUTURE_TOLERANCE_MS = 5 * 60_000

const DAY_MS = 86_400_000

const startOfDay = (instant: number) => Math.floor(instant / DAY_MS) * DAY_MS

/**
 * The flags an event's own time raises: taken before the campaign's first day or after its last
 * (UTC days, so a device's time zone never flags an evening answer), or later than the moment it
 * was received.
 */
export const timeFlags = (
  occurredAt: Date,
  receivedAt: Date,
  period: { end: null | string; start: null | string },
  rules: Pick<QualityRules, 'enabled'>,
): QualityReason[] => {
  const reasons: QualityReason[] = []
  const at = occurredAt.getTime()
  const start = period.start ? startOfDay(Date.parse(period.start)) : -Infinity
  const end = period.end ? startOfDay(Date.parse(period.end)) + DAY_MS : Infinity
  if (rules.enabled.has('outside-period') && (at < start || at >= end)) {
    reasons.push('outside-period')
  }
  if (rules.enabled.has('future') && at > receivedAt.getTime() + FUTURE_TOLERANCE_MS) {
    reasons.push('future')
  }
  return reasons
}
