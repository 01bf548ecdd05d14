import type { Payload } from 'payload'

import { getPayload } from 'payload'

import config from '../../payload.config'
import { migrationsFor } from '../db/databaseAdapter'
import { startChangeFeed } from '../cache/changeFeed'
import { underStartLock } from '../db/startLock'
import { settingsOf } from '../settingsOf'
import { loadAfterMigrateSteps } from './loadServerParts'

export type LoadPayloadOptions = {
  /** Run Payload's job queue (scheduled publishing, retention) in this process. */
  cron?: boolean
}

/**
 * Payload's development-time check refuses to boot when @payloadcms packages differ in version.
 * Ours are pinned to one version, except @payloadcms/sdk (a test dependency that proves what
 * partners see), which is published only up to 3.90.1.
 */
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

/**
 * Boots the one Payload instance of the process and brings the database schema up to date with
 * the committed migrations, then runs the steps the plugins need after them (indexes, keys
 * missing from older data; src/http/serverParts.ts), one instance at a time across every
 * instance on the database (startLock.ts). The job queue
 * starts only then, so no job reads a table that is not there yet. The admin (Next.js) and the
 * Express routes share this instance through Payload's own instance cache.
 */
export const loadPayload = async ({ cron = false }: LoadPayloadOptions = {}): Promise<Payload> => {
  const payload = await getPayload({ config })
  const migrations = migrationsFor(settingsOf(payload).databaseUri)
  const afterMigrate = await loadAfterMigrateSteps(payload.config)
  await underStartLock(payload, 'schema', async () => {
    if (migrations.length > 0) await payload.db.migrate({ migrations })
    for (const step of afterMigrate) await step(payload)
  })
  // Edits and revocations made on other instances reach this one's caches (changeFeed.ts).
  await startChangeFeed(payload)
  // Payload starts the crons of its cached instance when asked again with cron.
  if (cron) await getPayload({ config, cron })
  return payload
}

export { config as payloadConfig }
