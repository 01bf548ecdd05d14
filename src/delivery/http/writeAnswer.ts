import type { ServerResponse } from 'node:http'

import type { Answer } from './answer'

/**
 * Writes an answer; HEAD gets the headers of GET without the body. The answer's headers replace
 * any set before it (helmet's Cross-Origin-Resource-Policy: same-origin, say), as they do on the
 * fast path, where writeHead would otherwise send both values.
 */
export const writeAnswer = (
  res: ServerResponse,
  method: string | undefined,
  answer: Answer,
  extraHeaders: Record<string, string> = {},
): void => {
  const headers = { ...extraHeaders, ...answer.headers }
  for (const name of Object.keys(headers)) res.removeHeader(name)
  res.writeHead(answer.status, headers)
  res.end(method === 'HEAD' || answer.body.length === 0 ? undefined : answer.body)
}
