import { errorBody } from '../../http/errorBody'

/** A complete HTTP answer, written the same way by the fast path and by Express. */
export type Answer = {
  body: Buffer
  headers: Record<string, string>
  status: number
}

const EMPTY = Buffer.alloc(0)

export const emptyAnswer = (status: number, headers: Record<string, string>): Answer => ({
  body: EMPTY,
  headers,
  status,
})

/** A refusal in the one error body (src/http/errorBody.ts), as bytes both servers write. */
export const errorAnswer = (
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Answer => {
  const body = Buffer.from(JSON.stringify(errorBody(message)))
  return {
    body,
    headers: {
      'Cache-Control': 'no-store',
      'Content-Length': String(body.length),
      'Content-Type': 'application/json; charset=utf-8',
      ...headers,
    },
    status,
  }
}
