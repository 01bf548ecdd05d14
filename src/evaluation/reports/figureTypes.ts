import type { GainLabel } from '../statistics'
import type { ItemFlag } from '../itemAnalysis/itemAnalysis'
import type { QualityFigures } from './qualityFigures'
import type { ReportMethods } from './reportMethods'

/** What replaces the figures of a cell resting on fewer than k respondents. */
export type Suppressed = { suppressed: true }

export type Interval = [null | number, null | number]

export type MeanFigure = { ci: Interval; mean: null | number; n: number; sd: null | number }

export type PairedFigure = {
  ci: Interval
  df: null | number
  dz: null | number
  /** 95% interval of d_z, from the noncentral t (see `reportMethods`). */
  dzCi: Interval
  meanDiff: null | number
  n: number
  p: null | number
  sd: null | number
  t: null | number
  wilcoxon: { method: 'exact' | 'normal'; p: null | number; V: number }
}

export type UnpairedFigure = {
  ci: Interval
  df: null | number
  g: null | number
  /** 95% interval of Hedges' g, Hedges & Olkin's variance (see `reportMethods`). */
  gCi: Interval
  meanDiff: null | number
  n1: number
  n2: number
  p: null | number
  t: null | number
}

export type RateFigure = { ci: Interval; n: number; rate: null | number }

export type McNemarFigure = {
  b: number
  c: number
  chi2: null | number
  exactP: null | number
  p: null | number
}

/** Scalars resting on a suppressed block are null; `knowledge.suppressed` says which. */
export type ItemFigure = {
  /** Corrected item-total correlation (r.drop) per phase; null unless all took every item. */
  discrimination: { post: null | number; pre: null | number }
  /** Per phase, the share of those who answered who picked each wrong choice. */
  distractors: { post: null | Record<string, number>; pre: null | Record<string, number> }
  flags: ItemFlag[]
  item: string
  mcnemar: McNemarFigure | null
  /** Share right after exposure (difficulty, post). */
  post: null | number
  /** Wilson 95% interval of the post share. */
  postCi: Interval
  /** Share right before exposure (difficulty, pre). */
  pre: null | number
  /** Wilson 95% interval of the pre share. */
  preCi: Interval
}

/** The check's internal consistency in a phase: KR-20 and the respondents it rests on. */
export type ReliabilityFigure = { kr20: null | number; n: number }

export type KnowledgeFigures = {
  /** observedGain / target. */
  attainment: null | number
  followup: MeanFigure | Suppressed
  items: ItemFigure[]
  mastery: { passMark: null | number; post: RateFigure | Suppressed; pre: RateFigure | Suppressed }
  /** Hake's g on the pre and post means. */
  normalizedGain: null | number
  /** Delta-method 95% interval of Hake's g (see `reportMethods`). */
  normalizedGainCi: Interval
  normalizedGainLabel: GainLabel | null
  /** The gain attainment is measured by: the paired mean difference, else the unpaired one. */
  observedGain: null | number
  /** Which change observedGain is: `paired` (respondents with pre and post) or `unpaired`. */
  observedGainBasis: 'paired' | 'unpaired' | null
  paired: PairedFigure | Suppressed
  post: MeanFigure | Suppressed
  pre: MeanFigure | Suppressed
  /** KR-20 of the check per phase (classical test theory, as psych::alpha). */
  reliability: { post: ReliabilityFigure | Suppressed; pre: ReliabilityFigure | Suppressed }
  /** Follow-up against post, paired: how much of the gain was kept. */
  retention: PairedFigure | Suppressed
  /** The blocks of this row resting on fewer than k respondents (directly or secondarily). */
  suppressed: string[]
  target: null | number
  unpaired: Suppressed | UnpairedFigure
}

export type ReachFigures = {
  /** null when a phase of the row is suppressed (the sum would give it away). */
  assessmentsCompleted: null | number
  attainment: null | number
  cta: number
  ctaRate: null | number
  /** Wilson 95% interval of ctaRate. */
  ctaRateCi: Interval
  engaged: number
  engagedRate: null | number
  /** Wilson 95% interval of engagedRate. */
  engagedRateCi: Interval
  impressions: number
  reached: number
  reachedError: number
  target: null | number
}

/**
 * A row of the report: one audience, or the total (whose audience is null). Every row says what
 * data it rests on (`quality`), a suppressed one too, without its size.
 */
export type AudienceReport =
  | {
      audience: null | string
      knowledge: KnowledgeFigures
      quality: QualityFigures
      reach: ReachFigures
      suppressed: false
    }
  | { audience: null | string; quality: QualityFigures; suppressed: true }

export type SeriesInterval = 'day' | 'week'

/** One interval of a report's series; under k respondents it shows nothing but its start. */
export type SeriesPoint =
  | {
      assessmentsCompleted: number
      engaged: number
      impressions: number
      reached: number
      /** The interval's first UTC day (a Monday for weeks), YYYY-MM-DD. */
      start: string
      suppressed: false
    }
  | { start: string; suppressed: true }

/** The measures a comparison of two periods shows, each in both and the change between them. */
export const comparedMeasures = [
  'reached',
  'impressions',
  'engaged',
  'assessmentsCompleted',
  'preMean',
  'postMean',
  'pairedChange',
] as const
export type ComparedMeasure = (typeof comparedMeasures)[number]

/** A compared figure: null where it cannot be computed, suppressed where it may not be shown. */
export type ComparedFigure = null | number | Suppressed

/** One row (an audience, or the total) of a comparison: each measure in both periods. */
export type ComparisonRow = {
  audience: null | string
  measures: Record<
    ComparedMeasure,
    {
      /** period − comparison; suppressed whenever either side is. */
      change: ComparedFigure
      comparison: ComparedFigure
      period: ComparedFigure
    }
  >
}

/** With ?compareFrom=&compareTo=: the report of a second period beside the first. */
export type ReportComparison = {
  /** The comparison period's own report, as GET ?from=&to= on that period shows it. */
  audiences: AudienceReport[]
  /** The comparison period, widened to whole ISO weeks. */
  from: string
  /** The rows of the report (its audiences, then the total), each measure in both periods. */
  rows: ComparisonRow[]
  to: string
  total: AudienceReport
}

export type CampaignReport = {
  audiences: AudienceReport[]
  campaign: { id: string; slug: string; title: string }
  /** With ?compareFrom=&compareTo=: the same report over a second period, and the changes. */
  comparison?: ReportComparison
  filters: Record<string, string>
  generatedAt: string
  /** With ?interval=: what each point of the series spans. */
  interval?: SeriesInterval
  k: number
  /** How each interval of the report is computed, by figure (the same text as the OpenAPI document). */
  methods: ReportMethods
  /** `default`: ok and approved submissions only; `all`: flagged and excluded ones too. */
  quality: 'all' | 'default'
  /** With ?interval=: reach per day or ISO week, small intervals suppressed. */
  series?: SeriesPoint[]
  total: AudienceReport
}
