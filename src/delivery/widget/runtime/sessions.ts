import type { WireEvent } from './types'

import { readStored, writeStored } from './storage'

/** The events a session covers: one campaign, audience and respondent. */
export type SessionSubject = Pick<WireEvent, 'audience' | 'campaign' | 'respondent'>

export type Session = {
  expiresAt: number
  issuedAt: number
  minSecondsPerItem: number
  token: string
}

type SessionAnswer = {
  expiresAt: string
  issuedAt: string
  limits: { minSecondsPerItem: number }
  session: string
}

/** A session this close to its end is not used for new sends: a new one is started. */
const MARGIN_MS = 10 * 60_000

const nameOf = (subject: SessionSubject) =>
  `session:${subject.campaign}:${subject.audience}:${subject.respondent}`

export type Sessions = {
  /** Forgets a session the server no longer takes (it expired). */
  forget: (subject: SessionSubject) => void
  /** The current session for these events, started if needed; null when the server is unreachable. */
  sessionFor: (subject: SessionSubject) => Promise<null | Session>
}

/**
 * Widget sessions (POST /api/widget/sessions): a publishable key sends events only inside one,
 * so the widget starts one for its respondent before the first event, and as soon as the
 * visitor consents (the server counts the time a check takes from the session's start). Kept in
 * the partner site's storage, so a reload within a session keeps it.
 */
export const createSessions = (base: string, key: string): Sessions => {
  const starting = new Map<string, Promise<null | Session>>()

  const start = async (subject: SessionSubject): Promise<null | Session> => {
    let response: Response
    try {
      response = await fetch(`${base}/api/widget/sessions`, {
        body: JSON.stringify(subject),
        credentials: 'omit',
        headers: { Authorization: `partners API-Key ${key}`, 'Content-Type': 'application/json' },
        method: 'POST',
      })
    } catch {
      return null
    }
    if (!response.ok) {
      console.error('[aware] widget session refused:', response.status, await response.text())
      return null
    }
    const answer = (await response.json()) as SessionAnswer
    const session: Session = {
      expiresAt: Date.parse(answer.expiresAt),
      issuedAt: Date.parse(answer.issuedAt),
      minSecondsPerItem: answer.limits.minSecondsPerItem,
      token: answer.session,
    }
    writeStored(nameOf(subject), session)
    return session
  }

  return {
    forget: (subject) => writeStored(nameOf(subject), null),
    sessionFor: (subject) => {
      const stored = readStored<null | Session>(nameOf(subject), null)
      if (stored && stored.expiresAt - Date.now() > MARGIN_MS) return Promise.resolve(stored)
      const name = nameOf(subject)
      let pending = starting.get(name)
      if (!pending) {
        pending = start(subject).finally(() => starting.delete(name))
        starting.set(name, pending)
      }
      return pending
    },
  }
}
