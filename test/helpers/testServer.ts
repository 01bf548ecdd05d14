import type { RunningServer, StartServerOptions } from '../../src/server/startServer'

import { fastPaths, features } from '../../src/server/features'
import { startServer } from '../../src/server/startServer'

/** The real server (Payload, Express, every feature) on a free loopback port. */
export const startTestServer = (
  options: Partial<StartServerOptions> = {},
): Promise<RunningServer> =>
  startServer({ fastPaths, features, host: '127.0.0.1', port: 0, ...options })
