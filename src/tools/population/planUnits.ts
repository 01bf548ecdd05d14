import type { AudienceBehaviour } from './behaviour'
import type { Calibration, ItemParameters } from './knowledgeModel'
import type { CampaignModel, ItemModel, SimulationOptions } from './types'

import { audienceBehaviour, defaultAudienceBehaviour } from './behaviour'
import { itemParameters } from './itemParameters'
import { calibrateShift } from './knowledgeModel'

const DAY_MS = 86_400_000

/** One campaign shown to one audience: the simulation draws its respondents unit by unit. */
export type SimulationUnit = {
  audience: string
  behaviour: AudienceBehaviour
  calibration: Calibration | null
  campaign: CampaignModel
  channels: Record<string, number>
  items: { model: ItemModel; parameters: ItemParameters }[]
  locales: Record<string, number>
  weight: number
  /** When respondents may first meet the campaign (epoch ms). */
  window: { end: number; start: number }
}

/** The behaviour's weights for what the campaign offers; even weights when they share nothing. */
const weightsWithin = (
  preferred: Readonly<Record<string, number>>,
  offered: readonly string[],
  fallback: string,
): Record<string, number> => {
  const choices = offered.length > 0 ? offered : [fallback]
  const known = Object.fromEntries(
    choices
      .filter((value) => (preferred[value] ?? 0) > 0)
      .map((value) => [value, preferred[value]]),
  )
  return Object.keys(known).length > 0
    ? known
    : Object.fromEntries(choices.map((value) => [value, 1]))
}

const windowOf = (campaign: CampaignModel, now: Date, historyDays: number) => {
  const start = Math.max(Date.parse(campaign.period.start), now.getTime() - historyDays * DAY_MS)
  const periodEnd = campaign.period.end ? Date.parse(campaign.period.end) + DAY_MS : Infinity
  // Leave a day for a session to finish before the end.
  return { end: Math.min(periodEnd, now.getTime()) - DAY_MS, start }
}

export const planUnits = ({
  behaviour: overrides = {},
  campaigns,
  historyDays = 120,
  now,
}: SimulationOptions): {
  skipped: { campaign: string; reason: string }[]
  units: SimulationUnit[]
} => {
  const skipped: { campaign: string; reason: string }[] = []
  const campaignsPerAudience = new Map<string, number>()
  for (const campaign of campaigns) {
    for (const audience of campaign.audiences) {
      campaignsPerAudience.set(audience, (campaignsPerAudience.get(audience) ?? 0) + 1)
    }
  }

  const units = campaigns.flatMap((campaign): SimulationUnit[] => {
    const window = windowOf(campaign, now, historyDays)
    if (campaign.audiences.length === 0) {
      skipped.push({ campaign: campaign.slug, reason: 'it has no audience' })
      return []
    }
    if (!(window.end > window.start)) {
      skipped.push({
        campaign: campaign.slug,
        reason: `its period (${campaign.period.start} to ${campaign.period.end ?? 'open'}) does not overlap the ${historyDays} days before ${now.toISOString()}`,
      })
      return []
    }
    const assessment = campaign.assessment
    const items = (assessment?.items ?? []).map((model) => ({
      model,
      parameters: itemParameters(assessment?.slug ?? campaign.slug, model),
    }))
    return campaign.audiences.map((audience) => {
      const behaviour = {
        ...(audienceBehaviour[audience] ?? defaultAudienceBehaviour),
        ...overrides[audience],
      }
      return {
        audience,
        behaviour,
        calibration:
          items.length > 0
            ? calibrateShift({
                baseline: behaviour.baseline,
                effectSd: behaviour.effectSd,
                items: items.map((item) => item.parameters),
                targetGain: behaviour.gain,
              })
            : null,
        campaign,
        channels: weightsWithin(behaviour.channels, campaign.channels, 'web'),
        items,
        locales: weightsWithin(behaviour.locales, campaign.locales, 'en'),
        weight: behaviour.weight / (campaignsPerAudience.get(audience) ?? 1),
        window,
      }
    })
  })
  return { skipped, units }
}
