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

/** The same error body Payload and the rest of Aware send: `{"errors":[{"message":"…"}]}`. */
export const errorAnswer = (
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Answer => {
  const body = Buffer.from(JSON.stringify({ errors: [{ message }] }))
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
