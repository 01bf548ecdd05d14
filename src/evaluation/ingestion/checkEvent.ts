import type { Answers, SubmissionFeedback, WireEvent } from '../events/wireEvent'
import type { AnswerKey } from '../scoring/answerKey'
import type { ItemChoices, StoredEvent } from '../store/records'
import type { CampaignTarget } from './campaignTargets'

import type { QualityRules } from '../quality/qualityRules'
import type { WidgetSession } from '../sessions/sessionLimits'
import type { EventSource } from './sender'

import { FIELD_RESPONDENT_PREFIX } from '../fieldUpload/readRow'
import { timeFlags } from '../quality/timeFlags'
import { feedbackFor } from '../scoring/feedbackFor'
import { scoreAnswers } from '../scoring/scoreAnswers'
import { pseudonymize } from './pseudonymize'

/** Everything resolved for a batch before its events are checked one by one. */
export type BatchContext = {
  /** Answer keys by `${assessment id}@${revision}`. */
  answerKeys: Map<string, AnswerKey | null>
  /** Audience ids the sender may serve; null when any audience is allowed (staff). */
  allowedAudiences: null | Set<string>
  campaigns: Map<string, CampaignTarget | null>
  /** Accepted occurredAt range. */
  earliest: Date
  latest: Date
  partner: null | string
  pseudonymKey: Buffer
  /** The deployment's data-quality flags. */
  quality: QualityRules
  receivedAt: Date
  /** Who vouches for the batch's event ids (src/evaluation/ingestion/sender.ts). */
  sender: string
  /** The widget session a publishable key's batch came in; null for other senders. */
  session: null | WidgetSession
  source: EventSource
}

export type CheckedEvent =
  { errors: string[] } | { feedback: null | Omit<SubmissionFeedback, 'index'>; stored: StoredEvent }

export const answerKeyId = (assessment: string, revision: number) => `${assessment}@${revision}`

/** The assessment an event names, if it is the campaign's own knowledge check. */
export const knowledgeCheckOf = (event: WireEvent, campaign: CampaignTarget): null | string => {
  const check = campaign.knowledgeCheck
  const named = event.assessment ? String(event.assessment.assessment) : null
  return check && (named === check.id || named === check.slug) ? check.id : null
}

const occurredProblem = (occurredAt: Date, context: BatchContext): null | string => {
  if (occurredAt > context.latest) {
    return `"occurredAt" (${occurredAt.toISOString()}) is more than a day in the future; check the device clock.`
  }
  if (occurredAt < context.earliest) {
    return (
      `"occurredAt" (${occurredAt.toISOString()}) is older than the retention period allows ` +
      `(${context.earliest.toISOString()}): such an event could be a retry of one already purged.`
    )
  }
  return null
}

/** The choices picked per item, sorted, as the store tallies them. */
const choicesOf = (answers: Answers): ItemChoices =>
  Object.fromEntries(
    Object.entries(answers).map(([item, answer]) => [
      item,
      Array.isArray(answer) ? [...answer].sort() : [answer],
    ]),
  )

/** Why an event does not belong to the batch's widget session, or null. */
const outsideSession = (
  event: WireEvent,
  session: WidgetSession,
  campaign: CampaignTarget,
  audience: string | undefined,
): null | string => {
  const { claims } = session
  if (campaign.id !== claims.c || audience !== claims.a || event.respondent !== claims.r) {
    return (
      'the event is outside its widget session: a session sends events for the one campaign, ' +
      'audience and respondent it was started for.'
    )
  }
  return null
}

/** A check answered faster than anyone can read: sent too soon after its session began. */
const tooSoonInSession = (
  session: WidgetSession,
  items: number,
  receivedAt: Date,
): null | string => {
  const elapsed = receivedAt.getTime() / 1000 - session.claims.iat
  const needed = items * session.minSecondsPerItem
  return elapsed < needed
    ? `the check arrived ${Math.max(0, Math.floor(elapsed))} s after its widget session began; ` +
        `${items} items take a person at least ${needed} s.`
    : null
}

/**
 * Checks what the schema cannot (the campaign, audience, consent, assessment revision and answers)
 * and turns a valid event into what the store keeps: the partner from the key, the respondent as
 * a pseudonym (none without consent), the day, and the server-side score.
 */
export const checkEvent = (event: WireEvent, context: BatchContext): CheckedEvent => {
  const campaign = context.campaigns.get(String(event.campaign))
  if (!campaign || !campaign.published) {
    return {
      errors: [
        `"campaign": ${JSON.stringify(event.campaign)} is not a published campaign. Use the id or ` +
          'slug the delivery API lists.',
      ],
    }
  }
  const errors: string[] = []
  const audience = campaign.audiences.get(event.audience)
  if (audience === undefined) {
    errors.push(
      `"audience": "${event.audience}" is not an audience of campaign "${campaign.slug}"; it ` +
        `speaks to ${[...campaign.audiences.keys()].join(', ')}.`,
    )
  } else if (context.allowedAudiences && !context.allowedAudiences.has(audience)) {
    errors.push(
      `"audience": your partner account may not serve "${event.audience}". Ask your Aware ` +
        'administrator to add it to your allowed audiences.',
    )
  }
  if (context.session) {
    const outside = outsideSession(event, context.session, campaign, audience)
    if (outside) errors.push(outside)
  }
  const occurredAt = new Date(event.occurredAt)
  const timing = occurredProblem(occurredAt, context)
  if (timing) errors.push(timing)
  const fieldRespondent = event.respondent.toLowerCase().startsWith(FIELD_RESPONDENT_PREFIX)
  if (fieldRespondent && context.source !== 'field-upload') {
    errors.push(
      `"respondent": ids starting with "${FIELD_RESPONDENT_PREFIX}" are reserved to paper sheets ` +
        'uploaded through POST /api/events/import; send the random id the device made.',
    )
  }

  let submission: StoredEvent['submission'] = null
  let feedback: Omit<SubmissionFeedback, 'index'> | null = null
  if (event.assessment) {
    const assessment = knowledgeCheckOf(event, campaign)
    const answerKey = assessment
      ? context.answerKeys.get(answerKeyId(assessment, event.assessment.revision))
      : undefined
    if (!event.consent) {
      errors.push(
        'an assessment needs "consent": true. Without the respondent’s consent send only ' +
          'impressions; their answers must not be recorded.',
      )
    } else if (!assessment) {
      errors.push(
        `"assessment.assessment": ${JSON.stringify(event.assessment.assessment)} is not the ` +
          `knowledge check of campaign "${campaign.slug}"` +
          (campaign.knowledgeCheck
            ? ` (that is "${campaign.knowledgeCheck.slug}").`
            : '; it has none.'),
      )
    } else if (!answerKey) {
      errors.push(
        `"assessment.revision": the knowledge check has no revision ${event.assessment.revision}; ` +
          'send the revision the delivery API returned with the items.',
      )
    } else {
      const tooSoon =
        context.session &&
        tooSoonInSession(context.session, answerKey.items.length, context.receivedAt)
      if (tooSoon) errors.push(tooSoon)
      const scored = scoreAnswers(answerKey, event.assessment.answers)
      if ('errors' in scored) errors.push(...scored.errors)
      else {
        submission = {
          answers: event.assessment.answers,
          assessment,
          choices: choicesOf(event.assessment.answers),
          correct: scored.correct,
          phase: event.assessment.phase,
          reasons: timeFlags(occurredAt, context.receivedAt, campaign.period, context.quality),
          revision: event.assessment.revision,
          score: scored.score,
          sessionStart: context.session
            ? new Date(context.session.claims.iat * 1000).toISOString()
            : null,
          // Paper sheets give the day only: nothing of them can be timed.
          timed: context.source !== 'field-upload',
        }
        if (event.assessment.phase !== 'pre') {
          feedback = {
            id: event.id,
            items: feedbackFor(answerKey, event.assessment.answers, scored.correct, event.locale),
            score: scored.score,
          }
        }
      }
    }
  }
  if (errors.length > 0 || audience === undefined) return { errors }

  return {
    feedback,
    stored: {
      audience,
      campaign: campaign.id,
      channel: event.channel,
      consent: event.consent,
      day: occurredAt.toISOString().slice(0, 10),
      id: event.id,
      locale: event.locale,
      occurredAt: occurredAt.toISOString(),
      partner: context.partner,
      receivedAt: context.receivedAt.toISOString(),
      // A paper code means something only within the sheets of the organisation that wrote it.
      respondent: event.consent
        ? pseudonymize(
            context.pseudonymKey,
            campaign.id,
            context.source === 'field-upload'
              ? `${context.sender}\u0000${event.respondent}`
              : event.respondent,
          )
        : null,
      sender: context.sender,
      submission,
      type: event.type,
    },
  }
}
