import type { IncomingHttpHeaders } from 'node:http'

import { headerValue } from './deliveryRequest'

/**
 * The origin of the page a script is loaded into. A <script> load carries no Origin header, so
 * it is read from Referer, which browsers send with the page's origin at least (their default
 * policy, strict-origin-when-cross-origin, keeps the origin and drops the path; scripts cannot
 * set it). None when the page sends no referrer (Referrer-Policy: no-referrer, or an https page
 * loading an http script), when Sec-Fetch-Site says the browser itself opened the URL (`none`:
 * typed in, a bookmark) rather than a page, or when the referrer is opaque: a publishable key
 * then serves nothing, as it serves nothing to a request without Origin (keyMisuse.ts).
 */
export const pageOriginOf = (headers: IncomingHttpHeaders): string | undefined => {
  if (headerValue(headers, 'sec-fetch-site') === 'none') return undefined
  const referer = headerValue(headers, 'referer')
  if (!referer) return undefined
  try {
    const { origin } = new URL(referer)
    return origin === 'null' ? undefined : origin
  } catch {
    return undefined
  }
}
