import type { PeriodFields } from '../../domain/campaignPeriod'
import type { Period } from './publishedContent'

import { campaignInstants } from '../../domain/campaignPeriod'

/** Running from its start (inclusive) until its end (exclusive); an open end runs on. */
export const isRunning = (period: Period, now: number): boolean =>
  period.start <= now && (period.end === null || now < period.end)

/** The next instant at which the campaign starts or stops running, or Infinity. */
export const nextChange = (period: Period, now: number): number => {
  if (period.start > now) return period.start
  if (period.end !== null && period.end > now) return period.end
  return Number.POSITIVE_INFINITY
}

/** A stored period's days, counted in the campaign's time zone (see domain/campaignPeriod.ts). */
export const parsePeriod = (period: PeriodFields): Period => campaignInstants(period)
