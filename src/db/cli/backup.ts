import { databaseKindOf, redactCredentials } from '../databaseKind'
import { readEnvironment } from '../../environment'
import { backupSqlite, restoreSqlite } from '../backup/sqliteBackup'

const usage =
  'Usage: npm run db:backup -- <new backup file>   (while the server runs)\n' +
  '       npm run db:restore -- <backup file>      (with every server stopped)'

/**
 * `npm run db:backup` and `npm run db:restore` for the embedded SQLite database of DATABASE_URI.
 * PostgreSQL and MongoDB have their own tools (pg_dump, mongodump): see docs/deployment.md.
 */
const main = async (command: string | undefined, file: string | undefined) => {
  const { databaseUri } = readEnvironment()
  const kind = databaseKindOf(databaseUri)
  if (kind !== 'sqlite') {
    const tool = kind === 'postgres' ? 'pg_dump and pg_restore' : 'mongodump and mongorestore'
    console.error(
      `DATABASE_URI (${redactCredentials(databaseUri)}) is ${kind}: use ${tool}, as ` +
        'docs/deployment.md shows.',
    )
    return 2
  }
  if ((command !== 'backup' && command !== 'restore') || !file) {
    console.error(usage)
    return 2
  }
  if (command === 'backup') {
    console.log(`Backing up ${databaseUri} to ${file}…`)
    const { bytes, file: written, milliseconds } = await backupSqlite(databaseUri, file)
    console.log(
      `Backed up ${databaseUri} to ${written} (${(bytes / 1024 / 1024).toFixed(1)} MiB, ` +
        `${Math.round(milliseconds)} ms, integrity checked).`,
    )
  } else {
    const restored = await restoreSqlite(file, databaseUri)
    console.log(`Restored ${file} (integrity checked) to ${restored}. Start the server again.`)
  }
  return 0
}

main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
