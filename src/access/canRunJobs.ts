import type { PayloadRequest } from 'payload'

import { timingSafeEqual } from 'node:crypto'

import { settingsOf } from '../settingsOf'
import { checkRole } from './roles'

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Payload's /api/payload-jobs/run and /handle-schedules run queued work (publishing, purging)
 * on demand: an administrator may, and so may an outside scheduler that sends
 * `Authorization: Bearer <CRON_SECRET>`. A partner key or an anonymous caller never may (Payload's
 * default lets any signed-in caller, and a partner key signs in).
 */
export const canRunJobs = ({ req }: { req: PayloadRequest }): boolean => {
  if (checkRole(req.user, ['admin'])) return true
  const secret = settingsOf(req.payload).cronSecret
  const authorization = req.headers.get('authorization') ?? ''
  return secret !== undefined && sameSecret(authorization, `Bearer ${secret}`)
}
