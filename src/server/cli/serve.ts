import type { Payload } from 'payload'

import path from 'node:path'

import type { RunningServer } from '../startServer'

import { underStartLock } from '../../db/startLock'
import { importPacks } from '../../packs/importPacks'
import { formatPackError } from '../../packs/validate'
import { projectRoot } from '../../projectRoot'
import { DRAIN_TIMEOUT_MS, startServer } from '../startServer'

const EXIT_DEADLINE_MS = DRAIN_TIMEOUT_MS + 5_000

/**
 * A database without campaigns gets the bundled example packs as drafts, so the product is not
 * empty: they hold unverified facts as placeholders, which block publishing until replaced.
 */
const importBundledPacksIfEmpty = async (payload: Payload) => {
  const { totalDocs } = await payload.count({ collection: 'campaigns', overrideAccess: true })
  if (totalDocs > 0) return
  const report = await importPacks(payload, path.join(projectRoot, 'campaigns'))
  for (const error of report.errors) console.error(`  ${formatPackError(error)}`)
  const created = report.campaigns.filter((campaign) => campaign.outcome === 'created')
  console.log(
    `Imported ${created.length} example campaign(s) from campaigns/ as drafts: each lists, under ` +
      '“Before publishing”, the placeholders and unverified hotlines to fix first.',
  )
}

/** Starts the whole product on PORT and stops it cleanly on SIGTERM or Ctrl-C. */
export const serve = async (admin: 'development' | 'production' | false, port: number) => {
  const server: RunningServer = await startServer({ admin, cron: true, port })
  // Once across instances started together on a new database (startLock.ts).
  const importing = underStartLock(server.payload, 'examples', () =>
    importBundledPacksIfEmpty(server.payload),
  )

  // Registered before the example import, which a stop waits for: it runs in a transaction.
  const stop = (signal: string) => {
    console.log(`${signal}: finishing in-flight requests, then closing the database…`)
    // Whatever holds on (a half-closed socket, a stuck job, a database that does not answer),
    // the process ends within the drain deadline and a little more.
    setTimeout(() => {
      console.error(`Still running ${EXIT_DEADLINE_MS / 1000} s after ${signal}: exiting now.`)
      process.exit(1)
    }, EXIT_DEADLINE_MS).unref()
    importing
      .catch(() => undefined)
      .then(() => server.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error)
          process.exit(1)
        },
      )
  }
  process.once('SIGTERM', () => stop('SIGTERM'))
  process.once('SIGINT', () => stop('SIGINT'))

  await importing
  if (admin) {
    console.log(`\nAware is running: ${server.url}/admin`)
    console.log('The first visit to the admin creates the first account (an administrator).\n')
  } else {
    console.log(`\nAware's APIs are running (no admin): ${server.url}/api`)
  }
}
