import type { IncomingHttpHeaders } from 'node:http'

/** Node's request headers as the Fetch Headers payload.auth reads. */
export const webHeaders = (incoming: IncomingHttpHeaders): Headers => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) headers.set(name, value.join(', '))
  }
  return headers
}
