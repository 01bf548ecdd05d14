import type { Headers } from './accounts'

/** GET a delivery URL as a partner (optionally from a browser origin), body parsed when JSON. */
export const deliveryGet = async (
  baseUrl: string,
  path: string,
  headers: Headers,
): Promise<{ body: unknown; headers: globalThis.Headers; status: number }> => {
  const response = await fetch(`${baseUrl}/api/delivery/${path}`, { headers })
  const text = await response.text()
  const isJson = response.headers.get('content-type')?.includes('application/json')
  return {
    body: isJson && text ? (JSON.parse(text) as unknown) : text,
    headers: response.headers,
    status: response.status,
  }
}

export type ErrorBody = { errors: { message: string }[] }

export const messageOf = (body: unknown): string => (body as ErrorBody).errors[0].message
