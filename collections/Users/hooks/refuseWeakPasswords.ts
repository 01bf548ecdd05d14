import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { passwordProblem } from '../../../src/accounts/passwordPolicy'

const SETS_PASSWORD = new Set(['create', 'resetPassword', 'update', 'updateByID'])

/**
 * Every way a password is set (an account created, first or later; a password changed; a reset
 * through the emailed link) passes the policy of passwordPolicy.ts before Payload hashes it.
 */
export const refuseWeakPasswords: CollectionBeforeOperationHook<'users'> = ({
  args,
  operation,
  req,
}) => {
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  if (!SETS_PASSWORD.has(operation) || typeof data?.password !== 'string') return args
  const email =
    typeof data.email === 'string'
      ? data.email
      : req.user && 'email' in req.user
        ? req.user.email
        : undefined
  const problem = passwordProblem(data.password, email ?? undefined)
  if (problem) {
    // The message itself, not Payload's "The following field is invalid"; the admin shows it
    // under the password field through `data.errors`.
    throw new APIError(problem, 400, { errors: [{ message: problem, path: 'password' }] }, true)
  }
  return args
}
