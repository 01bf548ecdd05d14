import type {
  AssessmentPhase,
  EventType,
  WireAssessment,
  WireEvent,
} from '../../evaluation/events/wireEvent'
import type { SimulationUnit } from './planUnits'
import type { Random } from './random'
import type { SimulatedRespondent } from './types'

import { answerSheet } from './answerSheet'
import { channelBehaviour, defaultChannelBehaviour, sessionMinutes } from './behaviour'

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000

type Design = 'both' | 'postOnly' | 'preOnly'

/**
 * One person meeting a campaign: impressions, perhaps engagement, a call to action or a share,
 * and (with consent) the knowledge checks their session's design gives them. Nothing happens
 * after `now`.
 */
export const simulateRespondent = (
  random: Random,
  unit: SimulationUnit,
  now: number,
): { events: WireEvent[]; respondent: SimulatedRespondent } => {
  const { audience, campaign } = unit
  const channel = random.weighted(unit.channels)
  const locale = random.weighted(unit.locales)
  const conduct = channelBehaviour[channel] ?? defaultChannelBehaviour
  const consent = random.chance(conduct.consent)
  const ability = random.normal()
  const id = `sim-${random.uuid()}`
  const start = unit.window.start + random.next() * (unit.window.end - unit.window.start)
  const sessionMs = (sessionMinutes[channel] ?? 8 + random.next() * 12) * MINUTE_MS

  const events: WireEvent[] = []
  const scores: SimulatedRespondent['scores'] = {}
  const emit = (type: EventType, at: number, assessment?: WireAssessment) => {
    if (at > now) return
    events.push({
      audience,
      campaign: campaign.slug,
      channel,
      consent,
      id: random.uuid(),
      locale,
      occurredAt: new Date(Math.round(at)).toISOString(),
      respondent: id,
      type,
      ...(assessment ? { assessment } : {}),
    })
  }

  const personalEffect = (unit.calibration?.shift ?? 0) + unit.behaviour.effectSd * random.normal()
  const knowledgeAt = (phase: AssessmentPhase) =>
    ability +
    unit.behaviour.baseline +
    (phase === 'pre' ? 0 : phase === 'post' ? 1 : unit.behaviour.followupRetention) * personalEffect
  const check = (phase: AssessmentPhase, at: number) => {
    if (at > now || !campaign.assessment || unit.items.length === 0) return
    const sheet = answerSheet(random, unit.items, knowledgeAt(phase))
    scores[phase] = sheet.score
    emit('assessment', at, {
      answers: sheet.answers,
      assessment: campaign.assessment.slug,
      phase,
      revision: campaign.assessment.revision,
    })
  }

  const assessed = consent && unit.items.length > 0 && random.chance(conduct.assess)
  const design: Design | null = assessed ? random.weighted(unit.behaviour.design) : null

  if (design === 'both' || design === 'preOnly') check('pre', start)
  emit('impression', start + MINUTE_MS)
  for (let extra = random.poisson(conduct.extraImpressions); extra > 0; extra -= 1) {
    emit('impression', start + MINUTE_MS + random.next() * 14 * DAY_MS)
  }
  const takesPost = design === 'both' || design === 'postOnly'
  if (takesPost || random.chance(conduct.engage)) {
    const engagedAt = start + MINUTE_MS * (2 + random.next() * 5)
    emit('engagement', engagedAt)
    if (random.chance(conduct.cta)) emit('cta', engagedAt + MINUTE_MS * random.next() * 3)
    if (random.chance(conduct.share)) emit('share', engagedAt + MINUTE_MS * random.next() * 3)
  }
  if (takesPost) {
    check('post', start + sessionMs)
    if (random.chance(conduct.followup))
      check('followup', start + (28 + random.next() * 14) * DAY_MS)
  }

  return {
    events,
    respondent: {
      ability,
      audience,
      campaign: campaign.slug,
      channel,
      consent,
      id,
      locale,
      scores,
    },
  }
}
