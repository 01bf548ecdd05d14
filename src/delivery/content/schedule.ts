import type { Period } from './publishedContent'

/** Running from its start (inclusive) until its end (exclusive); an open end runs on. */
export const isRunning = (period: Period, now: number): boolean =>
  period.start <= now && (period.end === null || now < period.end)

/** The next instant at which the campaign starts or stops running, or Infinity. */
export const nextChange = (period: Period, now: number): number => {
  if (period.start > now) return period.start
  if (period.end !== null && period.end > now) return period.end
  return Number.POSITIVE_INFINITY
}

export const parsePeriod = (period: { end?: null | string; start?: null | string }): Period => ({
  end: period.end ? Date.parse(period.end) : null,
  start: period.start ? Date.parse(period.start) : Number.POSITIVE_INFINITY,
})
