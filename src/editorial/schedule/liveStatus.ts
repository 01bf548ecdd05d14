import type { PeriodFields } from '../../domain/campaignPeriod'

import { campaignInstants, DEFAULT_TIME_ZONE, isTimeZone } from '../../domain/campaignPeriod'

/**
 * Whether partners receive the campaign now. “Published” alone says nothing about it: a
 * published campaign is served only inside its period, in its time zone.
 */
export type LiveState = 'draft' | 'ended' | 'live' | 'scheduled'

export type LiveStatus = {
  /** Exclusive end instant (ISO), or null when open-ended. */
  endsAt: null | string
  /** In English, e.g. “Goes live on 1 January 2027 at 00:00 (America/Lima), in 5 hours”. */
  label: string
  /** The same in a few words, for lists: “Live now”, “Goes live in 5 hours”, “Ended”. */
  short: string
  /** Whole hours until it goes live (scheduled only). */
  startsInHours: null | number
  startsAt: null | string
  state: LiveState
  timeZone: string
}

const HOUR_MS = 3_600_000

const iso = (instant: null | number) =>
  instant === null || !Number.isFinite(instant) ? null : new Date(instant).toISOString()

export const formatDay = (instant: number, timeZone: string, language = 'en') =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone }).format(instant)

export const formatMoment = (instant: number, timeZone: string, language = 'en') =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(
    instant,
  )

const inHours = (hours: number) => {
  if (hours < 48) return `in ${hours} hour${hours === 1 ? '' : 's'}`
  return `in ${Math.round(hours / 24)} days`
}

export const liveStatus = (
  { period, published }: { period: PeriodFields; published: boolean },
  now: number,
): LiveStatus => {
  const timeZone = isTimeZone(period.timeZone) ? period.timeZone : DEFAULT_TIME_ZONE
  const { end, start } = campaignInstants(period)
  const base = { endsAt: iso(end), startsAt: iso(start), startsInHours: null, timeZone }
  const lastDay = end === null ? null : formatDay(end - 1, timeZone)
  if (!published) {
    return {
      ...base,
      label: 'Not published: partners receive nothing (draft)',
      short: 'Not published',
      state: 'draft',
    }
  }
  if (end !== null && now >= end) {
    return { ...base, label: `Ended on ${lastDay} (${timeZone})`, short: 'Ended', state: 'ended' }
  }
  if (!Number.isFinite(start) || now < start) {
    const hours = Math.max(1, Math.ceil((start - now) / HOUR_MS))
    const label = Number.isFinite(start)
      ? `Goes live on ${formatMoment(start, timeZone)} (${timeZone}), ${inHours(hours)}`
      : 'Published, but it has no start date: partners receive nothing'
    return {
      ...base,
      label,
      short: Number.isFinite(start) ? `Goes live ${inHours(hours)}` : 'No start date',
      startsInHours: Number.isFinite(start) ? hours : null,
      state: 'scheduled',
    }
  }
  const until = lastDay === null ? '' : `, until the end of ${lastDay} (${timeZone})`
  return { ...base, label: `Live now${until}`, short: 'Live now', state: 'live' }
}
