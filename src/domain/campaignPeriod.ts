/**
 * When a campaign runs. Editors give calendar days (the admin's day picker stores a day as noon
 * UTC; packs give YYYY-MM-DD, stored as midnight UTC) and the campaign's time zone: the start is
 * the first moment of the start day there, the end the last moment of the end day there
 * (exclusive: the start of the next day). A value with any other time of day (from the API) is
 * that exact moment.
 */
export const DEFAULT_TIME_ZONE = 'UTC'

const DAY_MS = 86_400_000

export type CampaignInstants = {
  /** Exclusive; null for an open-ended campaign. */
  end: null | number
  start: number
}

export type PeriodFields = {
  end?: null | string
  start?: null | string
  timeZone?: null | string
}

/** Whether `value` names a time zone this runtime knows (IANA, e.g. America/Lima). */
export const isTimeZone = (value: unknown): value is string => {
  if (typeof value !== 'string' || value === '') return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

const dayOnly = /^(\d{4}-\d{2}-\d{2})(?:T(?:00|12):00(?::00(?:\.000)?)?(?:Z|\+00:00))?$/

/** The calendar day a stored date stands for ("2026-01-01T12:00:00.000Z" → 2026-01-01), or null. */
export const calendarDay = (value: string): null | string => dayOnly.exec(value)?.[1] ?? null

/** Milliseconds the zone's clocks are ahead of UTC at `instant`. */
const offsetAt = (instant: number, timeZone: string): number => {
  const parts = new Intl.DateTimeFormat('en-US', {
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
    minute: '2-digit',
    month: '2-digit',
    second: '2-digit',
    timeZone,
    year: 'numeric',
  }).formatToParts(new Date(instant))
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  const wall = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  )
  return wall - Math.floor(instant / 1000) * 1000
}

const localDay = (instant: number, timeZone: string) =>
  new Date(instant + offsetAt(instant, timeZone)).toISOString().slice(0, 10)

/** The instant a calendar day begins in a time zone (its first moment, across DST changes too). */
export const startOfDay = (day: string, timeZone: string): number => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const midnightUtc = Date.UTC(year, month - 1, date)
  const first = midnightUtc - offsetAt(midnightUtc, timeZone)
  const second = midnightUtc - offsetAt(first, timeZone)
  // The offset can change that night: where midnight is skipped (Santiago in September), the
  // day begins at the change, which is the candidate that already lies in the day.
  const inTheDay = [first, second].filter((instant) => localDay(instant, timeZone) === day)
  return inTheDay.length > 0 ? Math.min(...inTheDay) : first
}

const nextDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10)

/** The instants a campaign starts and stops running; an unusable start never starts. */
export const campaignInstants = ({ end, start, timeZone }: PeriodFields): CampaignInstants => {
  const zone = isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE
  const boundary = (value: null | string | undefined, dayEdge: (day: string) => number) => {
    if (!value) return null
    const day = calendarDay(value)
    if (day) return dayEdge(day)
    const instant = Date.parse(value)
    return Number.isNaN(instant) ? null : instant
  }
  return {
    end: boundary(end, (day) => startOfDay(nextDay(day), zone)),
    start: boundary(start, (day) => startOfDay(day, zone)) ?? Number.POSITIVE_INFINITY,
  }
}
