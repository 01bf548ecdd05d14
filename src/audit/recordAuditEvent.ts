import type { PayloadRequest } from 'payload'

import { isolateObjectProperty } from 'payload'

import type { User } from '../payload-types'
import type { AuditAction } from './auditActions'

export const AUDIT_COLLECTION = 'audit-events'

export type Actor = { id: null | User['id']; label: string }

export type AuditEvent = {
  action: AuditAction
  /** Who acted, when the request does not say (the first account registering itself). */
  actor?: Actor
  details?: Record<string, unknown>
  locale?: null | string
  subject: { collection: string; id: number | string; label: string }
  /** One sentence a person reads in the list, e.g. “ana@ngo.org published “Before you go””. */
  summary: string
}

/** Who acts: the signed-in person, the partner behind a key, or what the code says it is. */
export const actorOf = (req: PayloadRequest): Actor => {
  const { user } = req
  if (user?.collection === 'users') return { id: user.id, label: user.email }
  if (user?.collection === 'partners') return { id: null, label: `partner ${user.organisation}` }
  const named = req.context.auditActor
  return { id: null, label: typeof named === 'string' ? named : 'system' }
}

/**
 * Appends one entry, in the same transaction as the change it records (so a change that rolls
 * back leaves no entry, and a recorded one cannot be lost). Only this function writes the log.
 */
export const recordAuditEvent = async (req: PayloadRequest, event: AuditEvent): Promise<void> => {
  const actor = event.actor ?? actorOf(req)
  await req.payload.create({
    collection: AUDIT_COLLECTION,
    context: { ...req.context, appendingAuditEvent: true },
    data: {
      action: event.action,
      actor: actor.id,
      actorLabel: actor.label,
      details: event.details ?? {},
      locale: event.locale ?? null,
      subjectCollection: event.subject.collection,
      subjectId: String(event.subject.id),
      subjectLabel: event.subject.label,
      summary: `${actor.label} ${event.summary}`,
    },
    depth: 0,
    overrideAccess: true,
    // Writing the log must not change the language the surrounding save works in.
    req: isolateObjectProperty(req, ['fallbackLocale', 'locale']),
  })
}
