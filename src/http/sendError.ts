import type { Response } from 'express'

import { errorBody } from './errorBody'

/**
 * Answers a refused request: the status, the one error body and `Cache-Control: no-store` (an
 * error is never worth caching). Every Express route of Aware refuses through this.
 */
export const sendError = (
  res: Response,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void => {
  res.status(status).set(headers).set('Cache-Control', 'no-store').json(errorBody(message))
}
