import type { Read } from './rowFields'

/** How an upload writes dates such as 03/04/2026, when it says so (`dates=day-first`). */
export type DateOrder = 'day-first' | 'month-first'

export const dateOrders: readonly DateOrder[] = ['day-first', 'month-first']

const DAY_MS = 86_400_000
const EARLIEST_DATE = '2000-01-01'
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/
/** 31/12/2026, 12/31/2026, 31-12-2026: day first or month first, as the numbers or the upload say. */
const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/
/** 31.12.2026: dots are written day first wherever they are used. */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/
const TWO_DIGIT_YEAR = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/

const pad = (n: number) => String(n).padStart(2, '0')
const isoDay = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`
const spoken = (month: number, day: number) => `${day} ${MONTHS[month - 1]}`

/** The day of "a/b/yyyy": unambiguous when one number is over 12 or both are the same. */
const slashedDay = (
  cell: string,
  [a, b, year]: [number, number, number],
  order: DateOrder | undefined,
): Read<string> => {
  if (a > 12 || (b <= 12 && a === b) || order === 'day-first') {
    return { value: isoDay(year, b, a) }
  }
  if (b > 12 || order === 'month-first') return { value: isoDay(year, a, b) }
  return {
    error:
      `date: "${cell}" could be ${spoken(b, a)} or ${spoken(a, b)}; write it ` +
      `${isoDay(year, b, a)} or ${isoDay(year, a, b)} (YYYY-MM-DD), or say when uploading ` +
      'that the file writes dates day first or month first',
  }
}

/** The cell as a calendar day YYYY-MM-DD, or a full ISO date-time, or why it is not a date. */
const normalise = (cell: string, order: DateOrder | undefined): Read<string> => {
  if (ISO_DAY.test(cell) || ISO_DATE_TIME.test(cell)) return { value: cell }
  const dotted = DOTTED.exec(cell)
  if (dotted) return { value: isoDay(Number(dotted[3]), Number(dotted[2]), Number(dotted[1])) }
  const slashed = SLASHED.exec(cell)
  if (slashed) {
    return slashedDay(cell, [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])], order)
  }
  if (TWO_DIGIT_YEAR.test(cell)) {
    return { error: `date: "${cell}" has a two-digit year; write the year in full (e.g. 2026)` }
  }
  return {
    error: `date: "${cell}" is not a date; write it YYYY-MM-DD (e.g. 2026-03-14) or day first (14/03/2026)`,
  }
}

/**
 * The day a sheet was filled in. A day alone becomes noon UTC, which is the same calendar day in
 * every inhabited time zone but two; a full ISO date-time is kept as given. Day-first (31/12/2026,
 * 31.12.2026) and month-first (12/31/2026) dates are read when the numbers tell which they are;
 * 03/04/2026 is refused unless the upload states its date order.
 */
export const readDate = (cell: string, now: Date, order?: DateOrder): Read<string> => {
  const normalised = normalise(cell, order)
  if ('error' in normalised) return normalised
  const text = normalised.value
  const dateOnly = ISO_DAY.test(text)
  const parsed = new Date(dateOnly ? `${text}T12:00:00.000Z` : text)
  const sameDay = !dateOnly || parsed.toISOString().slice(0, 10) === text
  if (Number.isNaN(parsed.getTime()) || !sameDay) {
    return { error: `date: "${cell}" is not a day of the calendar (as ${text})` }
  }
  if (parsed.getTime() > now.getTime() + DAY_MS) return { error: `date: ${cell} is in the future` }
  if (parsed.toISOString() < EARLIEST_DATE) return { error: `date: ${cell} is before 2000` }
  return { value: parsed.toISOString() }
}
