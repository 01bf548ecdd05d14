import type { Answers, AssessmentPhase, EventType } from '../../../evaluation/events/wireEvent'
import type { Progress } from './respondent'
import type { Campaign, SubmissionFeedback, WidgetConfig, WireEvent } from './types'

import { createOutbox } from './outbox'
import { respondentId } from './respondent'
import { createSessions } from './sessions'
import { uuid } from './uuid'

/** The server's feedback on a post check, or null when it was sent and none came back. */
export type FeedbackListener = (feedback: null | SubmissionFeedback) => void

/** The checks the server scores and answers with feedback. */
export type ScoredPhase = Exclude<AssessmentPhase, 'pre'>

/** What one embedded campaign reports: its events, through a session, from its outbox. */
export type Tracker = {
  /** A click on a hotline or the call to action, counted once per page view. */
  cta: () => void
  engagement: () => void
  impression: () => void
  /** After the consent answer: the respondent id it allows, and a session for that id. */
  setConsent: (consent: boolean) => void
  respondent: () => string
  sendPre: (answers: Answers) => void
  /**
   * Sends a post or follow-up check at once, for its feedback; resolves true when it is still
   * unsent because we are offline.
   */
  sendScored: (
    phase: ScoredPhase,
    answers: Answers,
    onFeedback: FeedbackListener,
  ) => Promise<boolean>
}

type TrackerOptions = {
  audience: string
  campaign: Campaign
  config: WidgetConfig
  progress: Progress
}

export const createTracker = ({
  audience,
  campaign,
  config,
  progress,
}: TrackerOptions): Tracker => {
  const check = campaign.knowledgeCheck
  const pendingFeedback = new Map<string, FeedbackListener>()
  const settle = (id: string, feedback: null | SubmissionFeedback) => {
    const listener = pendingFeedback.get(id)
    pendingFeedback.delete(id)
    listener?.(feedback)
  }
  const sessions = createSessions(config.apiBase, config.key)
  const outbox = createOutbox(config.apiBase, config.key, sessions, {
    onFeedback: (feedback) => settle(feedback.id, feedback),
    onSent: (ids) => ids.forEach((id) => settle(id, null)),
  })
  let respondent = respondentId(progress.consent === true)
  // The server times a check from its session's start, so the session starts before the check.
  const startSession = () =>
    void sessions.sessionFor({ audience, campaign: campaign.slug, respondent })
  startSession()

  const event = (type: EventType, phase?: AssessmentPhase, answers?: Answers): WireEvent => ({
    ...(check && phase && answers
      ? { assessment: { answers, assessment: check.assessment, phase, revision: check.revision } }
      : {}),
    audience,
    campaign: campaign.slug,
    channel: config.channel,
    consent: progress.consent === true,
    id: uuid(),
    locale: campaign.locale,
    occurredAt: new Date().toISOString(),
    respondent,
    type,
  })
  let ctaSent = false

  return {
    cta: () => {
      if (!ctaSent) outbox.add([event('cta')])
      ctaSent = true
    },
    engagement: () => outbox.add([event('engagement')]),
    impression: () => outbox.add([event('impression')]),
    respondent: () => respondent,
    sendScored: async (phase, answers, onFeedback) => {
      const submitted = event('assessment', phase, answers)
      pendingFeedback.set(submitted.id, onFeedback)
      outbox.add([submitted], true)
      await outbox.flush()
      return pendingFeedback.has(submitted.id) && outbox.offline()
    },
    sendPre: (answers) => outbox.add([event('assessment', 'pre', answers)]),
    setConsent: (consent) => {
      respondent = respondentId(consent)
      startSession()
    },
  }
}
