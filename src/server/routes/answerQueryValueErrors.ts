import type { AfterErrorHook } from 'payload'

import { errorBody } from '../../http/errorBody'

/** SQLSTATE class 22, "data exception": a value that does not fit its column's type. */
const POSTGRES_DATA_EXCEPTION = /^22/

/** libsql refuses NaN, Infinity and undefined parameters before SQLite sees them. */
const SQLITE_BAD_PARAMETER = /cannot be passed as argument|Only finite numbers/

const isValueError = (error: unknown): boolean => {
  // Mongoose casts query values to the schema's types (an id to an ObjectId) before sending them.
  if (error instanceof Error && error.name === 'CastError') return true
  // drizzle-orm's DrizzleQueryError ("Failed query: …") wraps the driver's error as its cause.
  if (!(error instanceof Error) || !error.message.startsWith('Failed query:')) return false
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause
  return (
    (typeof cause?.code === 'string' && POSTGRES_DATA_EXCEPTION.test(cause.code)) ||
    SQLITE_BAD_PARAMETER.test(String(cause?.message ?? error.message))
  )
}

/**
 * A read whose query values do not fit their fields (an id that is not a number, a date that is
 * not a date) fails in the database; that is the caller's mistake, so it answers 400 with what
 * to change, never the 500 (or the SQL) the driver's error would give.
 */
export const answerQueryValueErrors: AfterErrorHook = ({ error, req }) => {
  if (!isValueError(error) || (req.method !== 'GET' && req.method !== 'HEAD')) return
  return {
    response: errorBody(
      'A value in the request does not fit the field it is for: ids are numbers, dates are ' +
        'ISO 8601 (2026-03-01 or 2026-03-01T09:30:00Z), lists are comma-separated.',
    ),
    status: 400,
  }
}
