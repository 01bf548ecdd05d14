import type { Payload } from 'payload'

import { once } from 'node:events'
import { createServer } from 'node:http'
import { closeDatabase } from '../db/closeDatabase'
import { stopRunningJobs } from '../jobs/jobRunner'
import { createApp } from './createApp'
import { loadServerParts } from './loadServerParts'
import { withFastPaths } from './fastPaths'
import { loadPayload, payloadConfig } from './loadPayload'
import { projectRoot } from '../projectRoot'
import { buildGraphQLSchema } from './routes/payloadApi'

export type StartServerOptions = {
  /** Serve the Next.js admin: 'production' needs a build in .next/, 'development' compiles. */
  admin?: 'development' | 'production' | false
  cron?: boolean
  host?: string
  port: number
}

export type RunningServer = {
  close: () => Promise<void>
  payload: Payload
  port: number
  url: string
}

/** How long close() lets in-flight requests finish before it cuts their connections. */
export const DRAIN_TIMEOUT_MS = 15_000
const KEEP_ALIVE_MS = 65_000

/**
 * The server's own loopback addresses may always make cookie-authenticated writes (the admin
 * opened on this machine), whatever port it got; CSRF_TRUSTED_ORIGINS adds the public ones.
 * Payload reads its csrf list on every request, and a non-empty list is what makes it refuse
 * the session cookie of other origins.
 */
const trustOwnOrigins = (payload: Payload, port: number) => {
  const own = ['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${port}`)
  payload.config.csrf.push(...own.filter((origin) => !payload.config.csrf.includes(origin)))
}

const createNextHandler = async (mode: 'development' | 'production') => {
  const { default: next } = await import('next')
  const nextApp = next({ dev: mode === 'development', dir: projectRoot })
  await nextApp.prepare()
  return { close: () => nextApp.close(), handle: nextApp.getRequestHandler() }
}

/**
 * Starts Payload, the optional admin and the Express app on one port, with every route and fast
 * path the config's plugins name (src/http/serverParts.ts). close() stops taking
 * connections, lets in-flight requests finish, runs the plugins' last steps, then closes the
 * database.
 */
export const startServer = async ({
  admin = false,
  cron = false,
  host,
  port,
}: StartServerOptions): Promise<RunningServer> => {
  const payload = await loadPayload({ cron })
  const parts = await loadServerParts(await payloadConfig)
  await buildGraphQLSchema(payloadConfig)
  const nextApp = admin ? await createNextHandler(admin) : undefined
  const app = createApp({
    config: payloadConfig,
    routes: parts.routes,
    nextDevelopment: admin === 'development',
    nextHandler: nextApp ? (req, res) => nextApp.handle(req, res) : undefined,
    payload,
  })

  const server = createServer(
    withFastPaths(
      parts.fastPaths.map((create) => create(payload)),
      app,
    ),
  )
  // Idle keep-alive connections stay open longer than a load balancer's (60 s is common), so
  // the server never closes one a proxy or client is about to reuse; Node's 5 s default made a
  // request sent at that moment fail with ECONNRESET.
  server.keepAliveTimeout = KEEP_ALIVE_MS
  server.headersTimeout = KEEP_ALIVE_MS + 1000
  server.listen(port, host)
  await once(server, 'listening')
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  trustOwnOrigins(payload, actualPort)

  let closing: Promise<void> | undefined
  const close = () =>
    (closing ??= (async () => {
      const drained = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      const timer = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS).unref()
      await drained
      clearTimeout(timer)
      await nextApp?.close()
      // Work accepted before the close (events waiting for PostHog) leaves before exiting.
      for (const step of parts.beforeClose) await step(payload)
      await stopRunningJobs(payload).catch(() => undefined)
      await closeDatabase(payload)
    })())

  return { close, payload, port: actualPort, url: `http://${host ?? 'localhost'}:${actualPort}` }
}
