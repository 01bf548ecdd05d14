import type { AssessmentPhase, WireEvent } from '../../evaluation/events/wireEvent'
import type { AudienceBehaviour } from './behaviour'

export type ChoiceModel = { correct: boolean; key: string }
export type ItemModel = { choices: ChoiceModel[]; key: string }

/** A knowledge check with its answer key: what the simulation needs to answer it plausibly. */
export type AssessmentModel = { items: ItemModel[]; revision: number; slug: string }

/** What the simulation needs to know of a campaign. */
export type CampaignModel = {
  assessment: AssessmentModel | null
  audiences: string[]
  channels: string[]
  locales: string[]
  period: { end?: null | string; start: string }
  slug: string
}

export type SimulationOptions = {
  /** Overrides of the default behaviour of an audience (see behaviour.ts). */
  behaviour?: Readonly<Record<string, Partial<AudienceBehaviour>>>
  campaigns: readonly CampaignModel[]
  /** How far back from `now` the simulated activity reaches, in days. Default 120. */
  historyDays?: number
  /** The end of the simulated period: nothing happens after it. */
  now: Date
  /** Share of events sent a second time, as a client does when an answer was lost. Default 0.03. */
  resendShare?: number
  respondents: number
  seed: number | string
}

export type SimulatedRespondent = {
  /** The person's latent ability (logits, N(0, 1)). */
  ability: number
  audience: string
  campaign: string
  channel: string
  consent: boolean
  /** The respondent id sent on the wire. */
  id: string
  locale: string
  /** The share of items answered correctly in each check the person took. */
  scores: Partial<Record<AssessmentPhase, number>>
}

export type AudienceCalibration = {
  audience: string
  campaign: string
  expectedPost: number
  expectedPre: number
  /** The configured mean paired gain. */
  gain: number
  /** The mean campaign effect in logits that gives that gain on these items. */
  shift: number
}

export type SimulatedPopulation = {
  calibrations: AudienceCalibration[]
  /** Every event once, in the order it happened. */
  events: WireEvent[]
  /** Copies of some events, to be sent again: a server must count each of them once. */
  resends: WireEvent[]
  respondents: SimulatedRespondent[]
  /** Campaigns left out, and why (no overlap with the simulated period, no audience…). */
  skipped: { campaign: string; reason: string }[]
}
