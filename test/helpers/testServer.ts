import type { RunningServer, StartServerOptions } from '../../src/server/startServer'

import { startServer } from '../../src/server/startServer'

/** The real server (Payload, Express, every feature its config's plugins add) on a free port. */
export const startTestServer = (
  options: Partial<StartServerOptions> = {},
): Promise<RunningServer> => startServer({ host: '127.0.0.1', port: 0, ...options })
