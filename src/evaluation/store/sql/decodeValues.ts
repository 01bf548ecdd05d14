/**
 * Raw SQL rows come back as each driver sends them: PostgreSQL's numeric as a string, jsonb
 * already parsed and timestamptz as a Date; SQLite's JSON as text and booleans as 0/1. These read
 * either.
 */
export const readNumber = (value: unknown): number => {
  const number = typeof value === 'number' ? value : Number(value)
  if (value === null || value === undefined || !Number.isFinite(number)) {
    throw new TypeError(`expected a number from the database, got ${String(value)}`)
  }
  return number
}

export const readText = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  throw new TypeError(`expected text from the database, got ${String(value)}`)
}

export const readOptionalText = (value: unknown): null | string =>
  value === null || value === undefined ? null : readText(value)

export const readJson = <T>(value: unknown): T =>
  (typeof value === 'string' ? JSON.parse(value) : value) as T

/** SQLite's booleans are 0/1; PostgreSQL's are booleans. */
export const readBoolean = (value: unknown): boolean =>
  value === true || value === 1 || value === '1'

/** A date column: PostgreSQL's timestamptz arrives as a Date, SQLite's as ISO text. */
export const readDate = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : new Date(readText(value)).toISOString()
