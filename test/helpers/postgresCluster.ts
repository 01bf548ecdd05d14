import { execFileSync, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort } from './serverProcess'

export type PostgresCluster = {
  /** Creates a database in the cluster and answers its URI. */
  createDatabase: (name: string) => string
  stop: () => void
  /** postgres://postgres@127.0.0.1:PORT, without a database. */
  uri: string
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
 * A throwaway PostgreSQL cluster on a free loopback port: trust authentication, no fsync, in a
 * temporary directory that stop() removes. Ready in about a second.
 */
export const startPostgresCluster = async (): Promise<PostgresCluster> => {
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
  const uri = `postgres://postgres@127.0.0.1:${port}`
  return {
    createDatabase: (name) => {
      asPostgres(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), name])
      return `${uri}/${name}`
    },
    stop: () => {
      asPostgres(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop'])
      rmSync(dir, { force: true, recursive: true })
    },
    uri,
  }
}
