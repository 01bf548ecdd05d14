import type { Express, NextFunction, Request, Response } from 'express'
import type { Payload, SanitizedConfig } from 'payload'

import type { MountRoutes } from '../http/mountRoutes'

import express from 'express'
import helmet from 'helmet'

import { sendError } from '../http/sendError'
import { healthz } from './routes/healthz'
import { payloadGraphQL, payloadRest } from './routes/payloadApi'
import { adminPagePolicy, helmetOptions } from '../http/securityHeaders'

export type CreateAppOptions = {
  config: Promise<SanitizedConfig>
  /** The features' routes (src/http/serverParts.ts), mounted in order before Payload's API. */
  routes?: MountRoutes[]
  /** Next.js request handler for the admin; without it only the APIs are served. */
  nextHandler?: (req: Request, res: Response) => Promise<void>
  /** The admin compiles on demand (npm run dev), which its content security policy allows for. */
  nextDevelopment?: boolean
  payload: Payload
}

export const createApp = ({
  config,
  routes = [],
  nextDevelopment = false,
  nextHandler,
  payload,
}: CreateAppOptions): Express => {
  const app = express()
  app.disable('x-powered-by')
  app.use(helmet(helmetOptions))

  app.get('/healthz', healthz(payload))
  for (const mount of routes) mount(app, payload)

  app.post('/api/graphql', ...payloadGraphQL(config))
  app.all('/api/{*rest}', ...payloadRest(config))

  if (nextHandler) {
    app.get('/', (_req, res) => res.redirect(302, '/admin'))
    app.all('/{*splat}', adminPagePolicy(nextDevelopment), (req, res) => nextHandler(req, res))
  } else {
    app.use((_req, res) => sendError(res, 404, 'Not found.'))
  }

  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error)
    payload.logger.error({ err: error, msg: 'Unhandled error in an HTTP route' })
    sendError(res, 500, 'Something went wrong on the server; the error has been logged.')
  })

  return app
}
