import type { IncomingHttpHeaders } from 'node:http'

/** The parts of an HTTP request delivery reads, from node:http and Express alike. */
export type DeliveryRequest = {
  headers: IncomingHttpHeaders
  method: string
  /** Path and query, e.g. /api/delivery/campaigns?locale=tl */
  url: string
}

export const headerValue = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}
