import type { AssessmentPhase } from '../events/wireEvent'
import type { CellSite } from './records'
import type { PairTally, QualityTally, ScoreTally } from './tallies'

import { emptyQualityTally } from './tallies'

export const pairKinds = ['prePost', 'postFollowup'] as const
export type PairKind = (typeof pairKinds)[number]

/** Which phases a pair kind joins, in time order: the difference is after − before. */
export const pairPhases: Record<PairKind, { after: AssessmentPhase; before: AssessmentPhase }> = {
  postFollowup: { after: 'followup', before: 'post' },
  prePost: { after: 'post', before: 'pre' },
}

export type CellCounts = {
  /** Consented assessment events, retakes included (only the earliest per phase is scored). */
  assessments: number
  ctas: number
  engagements: number
  /** Every impression, with or without consent. */
  impressions: number
  shares: number
}

/** Distinct-count sketches (src/evaluation/sketch) of consented respondents, base64. */
export type CellSketches = {
  cta: null | string
  engaged: null | string
  reached: null | string
}

/** One row of tallies: what a report merges. */
export type CellRecord = CellSite &
  CellCounts & {
    pairs: Partial<Record<PairKind, PairTally>>
    /** Review statuses and flags of the submissions counted here, and the retakes set aside. */
    quality: QualityTally
    scores: Partial<Record<AssessmentPhase, ScoreTally>>
    sketches: CellSketches
  }

export const emptyCounts = (): CellCounts => ({
  assessments: 0,
  ctas: 0,
  engagements: 0,
  impressions: 0,
  shares: 0,
})

export const emptyCell = (site: CellSite): CellRecord => ({
  ...site,
  ...emptyCounts(),
  pairs: {},
  quality: emptyQualityTally(),
  scores: {},
  sketches: { cta: null, engaged: null, reached: null },
})
