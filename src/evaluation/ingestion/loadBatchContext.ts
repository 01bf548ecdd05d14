import type { Payload } from 'payload'

import type { WireEvent } from '../events/wireEvent'
import type { AnswerKey } from '../scoring/answerKey'
import type { BatchContext } from './checkEvent'
import type { Principal } from './principal'
import type { EventSource } from './sender'

import { idsOf } from '../../access/roles'
import { serverKeysFor } from '../ids/serverKeys'
import { qualityRulesOf } from '../quality/qualityRules'
import { MAX_CLOCK_SKEW_MS, oldestAcceptedOccurrence } from '../retention/retentionCutoff'
import { loadAnswerKey } from '../scoring/loadAnswerKey'
import { settingsOf } from '../../settingsOf'
import { loadCampaignTargets } from './campaignTargets'
import { answerKeyId, knowledgeCheckOf } from './checkEvent'
import { partnerIdOf } from './principal'
import { senderOf } from './sender'

/** Loads, in a few queries (most often none: they are cached), what checking a batch needs. */
export const loadBatchContext = async (
  payload: Payload,
  events: WireEvent[],
  principal: Principal,
  receivedAt: Date,
  source: EventSource = 'api',
  session: BatchContext['session'] = null,
): Promise<BatchContext> => {
  const campaigns = await loadCampaignTargets(
    payload,
    events.map((event) => event.campaign),
  )
  const answerKeys = new Map<string, AnswerKey | null>()
  for (const event of events) {
    const campaign = campaigns.get(String(event.campaign))
    if (!event.assessment || !campaign) continue
    const assessment = knowledgeCheckOf(event, campaign)
    if (!assessment) continue
    const id = answerKeyId(assessment, event.assessment.revision)
    if (!answerKeys.has(id)) {
      answerKeys.set(id, await loadAnswerKey(payload, assessment, event.assessment.revision))
    }
  }
  const environment = settingsOf(payload)
  const retentionDays = environment.eventRetentionDays
  return {
    allowedAudiences:
      principal.kind === 'partner'
        ? new Set(idsOf(principal.partner.allowedAudiences).map(String))
        : null,
    answerKeys,
    campaigns,
    earliest: oldestAcceptedOccurrence(receivedAt, retentionDays),
    latest: new Date(receivedAt.getTime() + MAX_CLOCK_SKEW_MS),
    partner: partnerIdOf(principal),
    pseudonymKey: serverKeysFor(payload).pseudonym,
    quality: qualityRulesOf(environment),
    receivedAt,
    sender: senderOf(principal, source),
    session,
    source,
  }
}
