import type { AssessmentPhase } from '../events/wireEvent'
import type { StoredEvent } from '../store/records'
import type { SessionClaims } from './widgetSession'

import { LoadingCache } from '../../cache/loadingCache'

type SessionState = {
  /** Ids of the events the session sent, so a retry is never counted against a limit. */
  events: Set<string>
  /** The event that sent each phase. */
  phases: Partial<Record<AssessmentPhase, string>>
}

export type SessionLimits = {
  /** Records the event against its session; a reason when the session may not send it. */
  admit(claims: SessionClaims, event: StoredEvent): null | string
}

/** The widget session a publishable key's batch is sent in, with what bounds it. */
export type WidgetSession = {
  claims: SessionClaims
  limits: SessionLimits
  /** A check sent sooner than this many seconds per item after the session began is refused. */
  minSecondsPerItem: number
}

/**
 * What one widget session may send: one pre, one post and one follow-up check, and at most
 * `eventsPerSession` events. Kept in this process's memory until the session expires: several
 * instances each count their own share, and the store's rule that only a respondent's earliest
 * submission of a phase counts (a session is one respondent) holds across all of them.
 */
export const createSessionLimits = ({
  eventsPerSession,
  sessionHours,
}: {
  eventsPerSession: number
  /** The longest a session lives (WIDGET_SESSION_HOURS): no state is kept longer. */
  sessionHours: number
}): SessionLimits => {
  const sessions = new LoadingCache<string, SessionState>({
    max: 200_000,
    ttlMs: sessionHours * 3_600_000,
  })
  return {
    admit: (claims, event) => {
      const state = sessions.peek(claims.sid) ?? { events: new Set<string>(), phases: {} }
      if (state.events.has(event.id)) return null
      const phase = event.submission?.phase
      if (phase && state.phases[phase] !== undefined) {
        return `this widget session already sent its ${phase} check; a visitor answers each phase once.`
      }
      if (state.events.size >= eventsPerSession) {
        return `this widget session has sent its ${eventsPerSession} events; start a new one.`
      }
      state.events.add(event.id)
      if (phase) state.phases[phase] = event.id
      sessions.set(claims.sid, state, claims.exp * 1000 - Date.now())
      return null
    },
  }
}
