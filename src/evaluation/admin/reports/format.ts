import type { AdminWords } from '../../../admin/i18n/adminWords'
import type { Interval, Suppressed } from '../../reports/figureTypes'

import {
  formatCount,
  formatDecimal,
  formatUtcDay,
  formatUtcMoment,
} from '../../../admin/i18n/adminFormat'
import { englishWords } from '../../../admin/i18n/englishWords'

const NONE = '–'

/**
 * How the evaluation views write figures, in the reader's admin language: digits, separators and
 * month names through `Intl`, the units ("%", "points", "95 % CI … to …") through Aware's texts.
 */
export const figureFormat = ({ language, t }: AdminWords) => {
  const decimal = (value: null | number | undefined, digits = 2): string =>
    value === null || value === undefined ? NONE : formatDecimal(language, value, digits)
  /** Reports write scores and rates as shares (0–1); people read them as percentages. */
  const percent = (share: null | number | undefined, digits = 1): string =>
    share === null || share === undefined
      ? NONE
      : t('aware:formatPercent', { value: formatDecimal(language, share * 100, digits) })
  /** A change in share, with its sign: +18.2 points. */
  const points = (difference: null | number | undefined): string =>
    difference === null || difference === undefined
      ? NONE
      : t('aware:formatPoints', {
          value: `${difference >= 0 ? '+' : '−'}${formatDecimal(language, Math.abs(difference * 100), 1)}`,
        })
  const interval =
    (write: (value: number) => string) =>
    ([low, high]: Interval): string =>
      low === null || high === null
        ? ''
        : t('aware:formatInterval', { high: write(high), low: write(low) })
  return {
    count: (value: null | number | undefined): string =>
      value === null || value === undefined ? NONE : formatCount(language, value),
    /** The one way the evaluation views write a moment, in UTC: "1 Dec 2026, 16:36 UTC". */
    dateTime: (iso: string): string => `${formatUtcMoment(language, new Date(iso))} UTC`,
    /** The one way they write a report day (YYYY-MM-DD in the API): "1 Dec 2026". */
    day: (isoDay: string): string =>
      formatUtcDay(language, new Date(`${isoDay.slice(0, 10)}T00:00:00Z`)),
    decimal,
    /** An interval of plain numbers (an effect size, a gain): 95 % CI 0.41 to 2.12. */
    decimalInterval: ([low, high]: Interval, digits = 2): string =>
      interval((value) => decimal(value, digits))([low, high]),
    percent,
    percentInterval: interval((value) => percent(value)),
    points,
    pointsInterval: interval((value) => points(value)),
    /** p-values as journals print them: three decimals, and "< 0.001" below that. */
    pValue: (p: null | number | undefined): string =>
      p === null || p === undefined ? NONE : p < 0.001 ? `< ${decimal(0.001, 3)}` : decimal(p, 3),
  }
}

export type FigureFormat = ReturnType<typeof figureFormat>

export const isSuppressed = (value: unknown): value is Suppressed =>
  typeof value === 'object' && value !== null && 'suppressed' in value && value.suppressed === true

/** In English, for what is written outside a reader's request (the donor summary) and tests. */
export const {
  count,
  dateTime,
  day,
  decimal,
  decimalInterval,
  percent,
  percentInterval,
  points,
  pointsInterval,
  pValue,
} = figureFormat(englishWords)
