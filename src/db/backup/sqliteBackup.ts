import { createClient } from '@libsql/client'
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

export type BackupResult = { bytes: number; file: string; milliseconds: number }

/** The file a file: DATABASE_URI names, resolved against the working directory. */
export const sqliteFileOf = (databaseUri: string): string => {
  const file = databaseUri.replace(/^file:/, '').split('?')[0]
  if (!file || file.startsWith(':memory:')) {
    throw new Error(`DATABASE_URI "${databaseUri}" is not a SQLite file: there is nothing to copy.`)
  }
  return path.resolve(file)
}

/** Runs PRAGMA integrity_check on a SQLite file and throws unless it answers ok. */
export const checkSqliteIntegrity = async (file: string): Promise<void> => {
  const client = createClient({ url: `file:${file}` })
  try {
    const { rows } = await client.execute('PRAGMA integrity_check')
    const answers = rows.map((row) => String(Object.values(row)[0]))
    if (answers.join() !== 'ok') {
      throw new Error(`${file} is damaged: ${answers.slice(0, 5).join('; ')}`)
    }
  } finally {
    client.close()
  }
}

/**
 * An online backup of a SQLite database: VACUUM INTO writes, from one read transaction, a
 * compacted copy of the database exactly as it stood when that transaction began, while the
 * server goes on writing (WAL lets readers and the one writer proceed together). The copy is
 * written beside the target, checked, and only then renamed into place, so a target that
 * exists is always a whole, checked backup.
 */
export const backupSqlite = async (databaseUri: string, target: string): Promise<BackupResult> => {
  const source = sqliteFileOf(databaseUri)
  if (!existsSync(source)) throw new Error(`There is no database at ${source}.`)
  const file = path.resolve(target)
  if (existsSync(file)) throw new Error(`${file} exists already: name a new file.`)
  const partial = `${file}.partial`
  rmSync(partial, { force: true })
  const started = performance.now()
  const client = createClient({ url: `file:${source}` })
  try {
    await client.execute('PRAGMA busy_timeout = 5000')
    await client.execute({ args: [partial], sql: 'VACUUM INTO ?' })
  } finally {
    client.close()
  }
  try {
    await checkSqliteIntegrity(partial)
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
  renameSync(partial, file)
  return { bytes: statSync(file).size, file, milliseconds: performance.now() - started }
}

/**
 * Puts a backup in place of the database, with the server stopped: the backup is checked first,
 * copied beside the database and renamed over it, and the old write-ahead log and shared-memory
 * files are removed, since they belong to the database being replaced.
 */
export const restoreSqlite = async (backup: string, databaseUri: string): Promise<string> => {
  const file = sqliteFileOf(databaseUri)
  await checkSqliteIntegrity(path.resolve(backup))
  const incoming = `${file}.restoring`
  copyFileSync(path.resolve(backup), incoming)
  for (const leftover of [`${file}-wal`, `${file}-shm`]) rmSync(leftover, { force: true })
  renameSync(incoming, file)
  return file
}
