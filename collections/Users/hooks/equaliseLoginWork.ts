import type { CollectionBeforeOperationHook } from 'payload'

import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

/** What Payload 3 derives a password with (auth/strategies/local/generatePasswordSaltHash.js). */
const PAYLOAD_HASH = { digest: 'sha256', iterations: 600_000, keyLength: 32 } as const

/**
 * A login for an unknown address, or for a locked account, would otherwise come back at once,
 * while a wrong password costs Payload one password derivation: the answer time would tell an
 * attacker which addresses have accounts. Those two cases pay for one derivation here, so every
 * failed login takes the same time (the answer is the same too: payload.config.ts words a locked
 * account as a wrong password).
 */
export const equaliseLoginWork: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  const user =
    typeof email === 'string' && email !== ''
      ? await req.payload.db.findOne<{ id: number | string; lockUntil?: null | string }>({
          collection: 'users',
          req,
          select: { lockUntil: true },
          where: { email: { equals: email.toLowerCase().trim() } },
        })
      : null
  const locked = user?.lockUntil ? new Date(user.lockUntil).getTime() > Date.now() : false
  if (!user || locked) {
    await derive(
      'not a password',
      randomBytes(32),
      PAYLOAD_HASH.iterations,
      PAYLOAD_HASH.keyLength,
      PAYLOAD_HASH.digest,
    )
  }
  return args
}
