import type { Response } from 'express'

/** Errors look like Payload's own ({ errors: [{ message }] }), so clients parse one shape. */
export const sendError = (
  res: Response,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void => {
  res
    .status(status)
    .set(headers)
    .set('Cache-Control', 'no-store')
    .json({ errors: [{ message }] })
}
