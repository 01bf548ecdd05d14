import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { secretIsLeftToThisMachine, useSecretForThisProcess } from './environment'
import { projectRoot } from './projectRoot'

/** Where the local secret is kept: beside the embedded database, never committed. */
export const LOCAL_SECRET_FILE = path.join(projectRoot, 'data', '.payload-secret')

/**
 * Outside production a newcomer should not have to invent a secret, yet logins and pseudonyms
 * must survive restarts: when PAYLOAD_SECRET is unset, one is generated once, kept in
 * LOCAL_SECRET_FILE and set for this process. Every command that starts Payload on its own (npm
 * start, the seeder, the demo partner) calls this first, so they all sign with the same secret.
 * Returns the file it used, or undefined when the environment gave the secret (production must).
 */
export const useLocalSecretUnlessSet = (): string | undefined => {
  if (!secretIsLeftToThisMachine()) return undefined
  if (!existsSync(LOCAL_SECRET_FILE)) {
    mkdirSync(path.dirname(LOCAL_SECRET_FILE), { recursive: true })
    writeFileSync(LOCAL_SECRET_FILE, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  useSecretForThisProcess(readFileSync(LOCAL_SECRET_FILE, 'utf8').trim())
  return LOCAL_SECRET_FILE
}
