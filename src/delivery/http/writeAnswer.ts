import type { ServerResponse } from 'node:http'

import type { Answer } from './answer'

/** Writes an answer; HEAD gets the headers of GET without the body. */
export const writeAnswer = (
  res: ServerResponse,
  method: string | undefined,
  answer: Answer,
  extraHeaders: Record<string, string> = {},
): void => {
  res.writeHead(answer.status, { ...extraHeaders, ...answer.headers })
  res.end(method === 'HEAD' || answer.body.length === 0 ? undefined : answer.body)
}
