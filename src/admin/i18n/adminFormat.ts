/**
 * Numbers and dates in the reader's admin language through `Intl` (digits, separators, month
 * names), never the browser's or the server's own locale. Formatters are made once per language.
 */
const numberFormats = new Map<string, Intl.NumberFormat>()

const numberFormat = (language: string, digits: number): Intl.NumberFormat => {
  const key = `${language}:${digits}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(language, {
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
    })
    numberFormats.set(key, format)
  }
  return format
}

/** A number with a fixed count of decimals: 52.3 in English, 52,3 in French and Spanish. */
export const formatDecimal = (language: string, value: number, digits: number): string =>
  numberFormat(language, digits).format(value)

/** A whole count with the language's grouping: 1,234 in English, 1 234 in French. */
export const formatCount = (language: string, value: number): string =>
  numberFormat(language, 0).format(value)

const dateFormats = new Map<string, Intl.DateTimeFormat>()

const dateFormat = (language: string, withTime: boolean): Intl.DateTimeFormat => {
  const key = `${language}:${withTime}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', hourCycle: 'h23', minute: '2-digit' } : {}),
    })
    dateFormats.set(key, format)
  }
  return format
}

/**
 * A day or a moment of a report, in UTC (reports are made of UTC days): "1 Dec 2026" and
 * "1 Dec 2026, 16:36" in English (day first, as the evaluation views always wrote them).
 */
export const formatUtcDay = (language: string, date: Date): string =>
  dateFormat(language, false).format(date)

export const formatUtcMoment = (language: string, date: Date): string =>
  dateFormat(language, true).format(date)
