import type { TestProject } from 'vitest/node'

import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { MongoClient } from 'mongodb'

import { type PostgresCluster, startPostgresCluster } from '../helpers/postgresCluster'
import { freePort } from '../helpers/serverProcess'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL database FerretDB keeps its collections in (none on a real MongoDB). */
    ferretdbPostgresUri: string
    mongodbUri: string
  }
}

const FERRETDB_VERSION = 'v1.24.2'

/** Where .ci/install-ferretdb puts the binary, unless FERRETDB_BIN says otherwise. */
const ferretdbBinary = (): string => {
  const cache = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache')
  const binary =
    process.env.FERRETDB_BIN ||
    path.join(cache, 'aware', `ferretdb-${FERRETDB_VERSION}`, 'ferretdb')
  if (!existsSync(binary)) {
    throw new Error(
      `FerretDB is not built on this machine (no ${binary}): run \`bash .ci/install-ferretdb\` ` +
        '(needs Go and the Go module proxy, a few minutes once), set FERRETDB_BIN to a FerretDB ' +
        `${FERRETDB_VERSION} binary, or set TEST_MONGODB_URI to a MongoDB server.`,
    )
  }
  return binary
}

const waitUntilServing = async (uri: string, child: ChildProcess, output: () => string) => {
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`FerretDB exited early:\n${output()}`)
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 500 })
    try {
      await client.db('admin').command({ ping: 1 })
      return
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`FerretDB did not answer: ${String(error)}`)
    } finally {
      await client.close()
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * A throwaway MongoDB-wire server for the `mongodb` project: FerretDB 1.24 over a PostgreSQL
 * cluster of its own (or TEST_MONGODB_URI, e.g. a real MongoDB replica set). Each test file then
 * uses a database of its own on it.
 *
 * FerretDB runs over PostgreSQL rather than SQLite because PostgreSQL is its primary backend and
 * lets writers run concurrently: the transaction-free MongoDB event store relies on unique indexes
 * holding under concurrent inserts, which SQLite's single writer would never put to the test.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_MONGODB_URI) {
    project.provide('mongodbUri', process.env.TEST_MONGODB_URI.replace(/\/+$/, ''))
    project.provide('ferretdbPostgresUri', '')
    return
  }
  const binary = ferretdbBinary()
  let cluster: PostgresCluster | undefined
  let child: ChildProcess | undefined
  const stateDir = mkdtempSync(path.join(tmpdir(), 'aware-ferretdb-'))
  const stop = async () => {
    if (child && child.exitCode === null) {
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      await exited
    }
    cluster?.stop()
    rmSync(stateDir, { force: true, recursive: true })
  }
  try {
    cluster = await startPostgresCluster()
    const postgresUrl = cluster.createDatabase('ferretdb')
    const port = await freePort()
    let output = ''
    child = spawn(
      binary,
      [
        '--handler=postgresql',
        `--postgresql-url=${postgresUrl}`,
        `--listen-addr=127.0.0.1:${port}`,
        '--debug-addr=-',
        `--state-dir=${stateDir}`,
        '--telemetry=disable',
        '--log-level=warn',
        // Dotted paths (version._status, version.slug) narrowed in SQL as well as top-level ones;
        // FerretDB still applies the whole filter to what SQL returns, so answers do not change.
        '--test-enable-nested-pushdown',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const uri = `mongodb://127.0.0.1:${port}`
    await waitUntilServing(uri, child, () => output)
    project.provide('mongodbUri', uri)
    project.provide('ferretdbPostgresUri', postgresUrl)
  } catch (error) {
    await stop()
    throw error
  }
  return stop
}
