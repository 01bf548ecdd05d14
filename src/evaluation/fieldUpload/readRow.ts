import type { WireEvent } from '../events/wireEvent'
import type { FieldCampaignLookup } from './fieldCampaign'

import { fieldEventId } from './fieldEventId'
import { readAnswers } from './readAnswers'
import { type DateOrder, readDate } from './readDate'
import {
  type Read,
  readChannel,
  readConsent,
  readLocale,
  readPhase,
  readRespondent,
  readRevision,
} from './rowFields'

/**
 * Prefix of field respondents on the wire, so a paper code never meets a device's random id;
 * POST /api/events refuses respondent ids that start with it.
 */
export const FIELD_RESPONDENT_PREFIX = 'field-'

export type ReadRowResult =
  | { errors: string[] }
  | {
      event: WireEvent
      /** Campaign, respondent and phase: a file may hold each once. */
      identity: string
    }

const valueOf = <T>(read: Read<T>, errors: string[]): T | undefined => {
  if ('error' in read) {
    errors.push(read.error)
    return undefined
  }
  return read.value
}

/** One CSV row (cells by column name) into the event it records, or every reason it cannot be. */
export const readRow = (
  cells: Readonly<Record<string, string>>,
  lookup: FieldCampaignLookup,
  idKey: Buffer,
  { dateOrder, now }: { dateOrder?: DateOrder; now: Date },
): ReadRowResult => {
  const errors: string[] = []
  const cell = (column: string) => cells[column] ?? ''

  const respondent = valueOf(readRespondent(cell('respondent')), errors)
  const campaign = lookup.find(cell('campaign'))
  if (!campaign) {
    errors.push(
      cell('campaign') === ''
        ? 'campaign: missing; give the campaign slug'
        : `campaign: no campaign "${cell('campaign')}" here (known: ${lookup.slugs().join(', ') || 'none'})`,
    )
  }
  const audience = cell('audience').toLowerCase()
  if (campaign && !campaign.audiences.includes(audience)) {
    errors.push(
      `audience: "${audience}" is not an audience of ${campaign.slug} (${campaign.audiences.join(', ')})`,
    )
  }
  const channel = valueOf(readChannel(cell('channel')), errors)
  const locale = valueOf(readLocale(cell('locale')), errors)
  const phase = valueOf(readPhase(cell('phase')), errors)
  const occurredAt = valueOf(readDate(cell('date'), now, dateOrder), errors)
  const consent = valueOf(readConsent(cell('consent')), errors)

  const assessment = campaign?.assessment ?? null
  if (campaign && consent && !assessment) {
    errors.push(`campaign: ${campaign.slug} has no knowledge check to record answers for`)
  }
  const revision =
    assessment && consent ? valueOf(readRevision(cell('revision'), assessment.revision), errors) : 1
  const answers =
    assessment && consent ? readAnswers(cells, assessment.items, campaign?.slug ?? '') : null
  errors.push(...(answers?.errors ?? []))

  if (
    errors.length > 0 ||
    !campaign ||
    !respondent ||
    !channel ||
    !locale ||
    !phase ||
    !occurredAt ||
    consent === undefined ||
    revision === undefined
  ) {
    return { errors }
  }

  // Without consent nothing but the person's presence is kept: no answers, reach only.
  const type = consent ? 'assessment' : 'impression'
  const id = fieldEventId(idKey, {
    assessment: assessment?.id ?? null,
    campaign: campaign.id,
    phase,
    respondent,
    type,
  })
  const event: WireEvent = {
    audience,
    campaign: campaign.slug,
    channel,
    consent,
    id,
    locale,
    occurredAt,
    respondent: `${FIELD_RESPONDENT_PREFIX}${respondent}`,
    type,
    ...(consent && assessment && answers
      ? { assessment: { answers: answers.answers, assessment: assessment.slug, phase, revision } }
      : {}),
  }
  return { event, identity: JSON.stringify([String(campaign.id), respondent, phase]) }
}
