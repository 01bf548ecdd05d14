import type { Interval, Suppressed } from '../../reports/figureTypes'

/** Reports write scores and rates as shares (0–1); people read them as percentages. */
export const percent = (share: null | number | undefined, digits = 1): string =>
  share === null || share === undefined ? '–' : `${(share * 100).toFixed(digits)} %`

/** A change in share, with its sign: +18.2 points. */
export const points = (difference: null | number | undefined): string =>
  difference === null || difference === undefined
    ? '–'
    : `${difference >= 0 ? '+' : '−'}${Math.abs(difference * 100).toFixed(1)} points`

export const percentInterval = ([low, high]: Interval): string =>
  low === null || high === null ? '' : `95 % CI ${percent(low)} to ${percent(high)}`

export const pointsInterval = ([low, high]: Interval): string =>
  low === null || high === null ? '' : `95 % CI ${points(low)} to ${points(high)}`

/** An interval of plain numbers (an effect size, a gain): 95 % CI 0.41 to 2.12. */
export const decimalInterval = ([low, high]: Interval, digits = 2): string =>
  low === null || high === null ? '' : `95 % CI ${low.toFixed(digits)} to ${high.toFixed(digits)}`

export const decimal = (value: null | number | undefined, digits = 2): string =>
  value === null || value === undefined ? '–' : value.toFixed(digits)

/** p-values as journals print them: three decimals, and "< 0.001" below that. */
export const pValue = (p: null | number | undefined): string =>
  p === null || p === undefined ? '–' : p < 0.001 ? '< 0.001' : p.toFixed(3)

export const count = (value: null | number | undefined): string =>
  value === null || value === undefined ? '–' : value.toLocaleString('en')

export const isSuppressed = (value: unknown): value is Suppressed =>
  typeof value === 'object' && value !== null && 'suppressed' in value && value.suppressed === true

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  hour: '2-digit',
  hourCycle: 'h23',
  minute: '2-digit',
  month: 'short',
  timeZone: 'UTC',
  year: 'numeric',
})

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
  year: 'numeric',
})

/**
 * The one way the evaluation views write a moment: "1 Dec 2026, 16:36 UTC". Reports are made of
 * UTC days, so their times are UTC too, whatever the reader's clock says.
 */
export const dateTime = (iso: string): string => `${DATE_TIME.format(new Date(iso))} UTC`

/** The one way they write a report day (YYYY-MM-DD in the API): "1 Dec 2026". */
export const day = (isoDay: string): string =>
  DATE.format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`))
