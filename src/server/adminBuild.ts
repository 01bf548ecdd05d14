import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../projectRoot'

/**
 * What the compiled admin depends on: payload.config.ts reaches most of src/ (collections, access,
 * database, evaluation and delivery plugins), so any change there makes the build stale.
 */
const BUILD_INPUTS = [
  'collections',
  'next.config.mjs',
  'package-lock.json',
  'payload.config.ts',
  'src',
  'tsconfig.json',
]

const STAMP_FILE = path.join(projectRoot, '.next', 'aware-build-inputs')
const NEXT_BIN = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next')

const filesUnder = (entry: string): string[] => {
  const full = path.join(projectRoot, entry)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [entry]
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)))
}

/** A digest of every input's path and content. */
export const adminBuildInputsDigest = (): string => {
  const hash = createHash('sha256')
  for (const file of BUILD_INPUTS.flatMap(filesUnder)) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(projectRoot, file)))
  }
  return hash.digest('hex')
}

export const isAdminBuildCurrent = (): boolean =>
  existsSync(path.join(projectRoot, '.next', 'BUILD_ID')) &&
  existsSync(STAMP_FILE) &&
  readFileSync(STAMP_FILE, 'utf8') === adminBuildInputsDigest()

/** Builds the Next.js admin and records what it was built from. */
export const buildAdmin = async (): Promise<void> => {
  const digest = adminBuildInputsDigest()
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, 'build'], {
      cwd: projectRoot,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`The admin build failed (exit ${code}):\n${output.slice(-4000)}`)),
    )
  })
  writeFileSync(STAMP_FILE, digest)
}

/**
 * Builds the Next.js admin unless a build of the current sources exists (`npm run build` makes
 * one ahead). The first start of a fresh clone pays about a minute for it; later starts nothing.
 */
export const ensureAdminBuild = async (log: (line: string) => void = console.log) => {
  if (isAdminBuildCurrent()) return
  log('Building the admin (first start or changed sources; about a minute)…')
  const started = Date.now()
  await buildAdmin()
  log(`Admin built in ${Math.round((Date.now() - started) / 1000)} s.`)
}
