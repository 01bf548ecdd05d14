/**
 * npm start — the product on the embedded SQLite database (or DATABASE_URI), with the example
 * campaigns, the admin built on first start. Production settings come from the environment.
 */
import path from 'node:path'

import { assertProductionSecret, readEnvironment, weakSecretWarning } from '../../environment'
import { ensureAdminBuild } from '../adminBuild'
import { projectRoot } from '../../projectRoot'
import { useLocalSecretUnlessSet } from '../../localSecret'

const localSecret = useLocalSecretUnlessSet()
if (localSecret) {
  console.log(
    `No PAYLOAD_SECRET set: using the local one in ${path.relative(projectRoot, localSecret)}.`,
  )
}
const warning = weakSecretWarning()
if (warning) console.warn(warning)

// Every setting is checked before the admin build, which can take a minute.
try {
  assertProductionSecret()
  readEnvironment()
} catch (error) {
  console.error(`Aware cannot start: ${(error as Error).message}`)
  process.exit(1)
}

// The admin is served from its optimised build, which Next.js runs in production mode.
Object.assign(process.env, { NODE_ENV: 'production' })

await ensureAdminBuild()
const { serve } = await import('./serve')
await serve('production', readEnvironment().port)
