import type { AssessmentPhase } from '../events/wireEvent'
import type { CellCoordinates } from './records'
import type { PairTally, ScoreTally } from './tallies'

export const pairKinds = ['prePost', 'postFollowup'] as const
export type PairKind = (typeof pairKinds)[number]

/** Which phases a pair kind joins, in time order: the difference is after − before. */
export const pairPhases: Record<PairKind, { after: AssessmentPhase; before: AssessmentPhase }> = {
  postFollowup: { after: 'followup', before: 'post' },
  prePost: { after: 'post', before: 'pre' },
}

export type CellCounts = {
  /** Consented assessment events, repeats included (only the first per phase is scored). */
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
export type CellRecord = CellCoordinates &
  CellCounts & {
    pairs: Partial<Record<PairKind, PairTally>>
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

export const emptyCell = (coordinates: CellCoordinates): CellRecord => ({
  ...coordinates,
  ...emptyCounts(),
  pairs: {},
  scores: {},
  sketches: { cta: null, engaged: null, reached: null },
})
