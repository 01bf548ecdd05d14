import type { HelmetOptions } from 'helmet'

import helmet from 'helmet'
import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'

/** The admin (Next.js) sets its own content security policy; the rest of helmet's headers apply. */
export const helmetOptions: Readonly<HelmetOptions> = {
  contentSecurityPolicy: false,
  crossOriginEmbedderPolicy: false,
}

/**
 * The headers helmet puts on every Express response, captured once by running helmet itself,
 * so a response written before Express (a fast path) carries exactly the same ones.
 */
export const securityHeaders = (): Record<string, string> => {
  const response = new ServerResponse(new IncomingMessage(new Socket()))
  helmet(helmetOptions)(response.req, response, () => undefined)
  return Object.fromEntries(
    Object.entries(response.getHeaders()).map(([name, value]) => [name, String(value)]),
  )
}
