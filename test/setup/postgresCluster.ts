import type { TestProject } from 'vitest/node'

import { execFileSync, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUri: string
  }
}

const findBinaries = (): string => {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  const found = versions.map((version) => path.join(root, version, 'bin')).find(existsSync)
  if (!found) {
    throw new Error(
      'PostgreSQL is not installed: run `apt-get install -y postgresql` or set TEST_POSTGRES_URI.',
    )
  }
  return found
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })

/** initdb refuses to run as root, and CI runs as root: run the cluster as the postgres user. */
const asPostgres = (binary: string, args: string[]) => {
  const isRoot = process.getuid?.() === 0
  const [command, commandArgs] = isRoot
    ? ['runuser', ['-u', 'postgres', '--', binary, ...args]]
    : [binary, args]
  const result = spawnSync(command, commandArgs, { encoding: 'utf8' })
  if (result.status !== 0) {
    throw new Error(`${path.basename(binary)} failed: ${result.stderr || result.stdout}`)
  }
}

/**
 * Starts a throwaway PostgreSQL cluster for the run (unless TEST_POSTGRES_URI names one) and
 * hands its URI to the tests; each test file then creates its own database in it.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_POSTGRES_URI) {
    project.provide('postgresUri', process.env.TEST_POSTGRES_URI)
    return
  }
  const bin = findBinaries()
  const dir = mkdtempSync(path.join(tmpdir(), 'aware-pg-'))
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    chownSync(dir, uid, gid)
  }
  const dataDir = path.join(dir, 'data')
  const port = await freePort()
  asPostgres(path.join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
    '-U',
    'postgres',
  ])
  asPostgres(path.join(bin, 'pg_ctl'), [
    '-D',
    dataDir,
    '-w',
    '-l',
    path.join(dir, 'server.log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    'start',
  ])
  project.provide('postgresUri', `postgres://postgres@127.0.0.1:${port}`)

  return () => {
    asPostgres(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop'])
    rmSync(dir, { force: true, recursive: true })
  }
}
