import type { Accumulated, MergedTallies } from './mergedTallies'
import type { MasteryCount } from './mastery'
import type {
  ItemFigure,
  KnowledgeFigures,
  MeanFigure,
  Interval,
  PairedFigure,
  RateFigure,
  Suppressed,
  UnpairedFigure,
} from './figureTypes'

import {
  cohensDzInterval,
  hedgesGInterval,
  labelGain,
  mcnemarTest,
  meanIntervalFromSufficientStatistics,
  normalizedGainInterval,
  pairedTTestFromDifferences,
  summarizeSufficientStatistics,
  welchTTestFromSufficientStatistics,
  wilcoxonSignedRankFromDifferences,
  wilsonInterval,
} from '../statistics'
import type { CheckItem } from './reportCampaign'

import {
  discriminationOf,
  distractorSharesOf,
  itemFlags,
  reliabilityOf,
} from '../itemAnalysis/itemAnalysis'
import { expandHistogram } from '../store/histogramKey'
import { blocks, type Block } from './planSuppression'

const SUPPRESSED: Suppressed = { suppressed: true }

const meanFigure = (tally: Accumulated): MeanFigure => {
  const interval = meanIntervalFromSufficientStatistics(tally)
  return {
    ci: [interval.ciLower, interval.ciUpper],
    mean: interval.mean,
    n: interval.n,
    sd: interval.sd,
  }
}

const pairedFigure = (tally: Accumulated): PairedFigure => {
  const test = pairedTTestFromDifferences(tally)
  const wilcoxon = wilcoxonSignedRankFromDifferences(expandHistogram(tally.histogram))
  return {
    ci: [test.ciLower, test.ciUpper],
    df: test.df,
    dz: test.cohensDz,
    dzCi: asInterval(cohensDzInterval(test.cohensDz, test.n)),
    meanDiff: test.meanDiff,
    n: test.n,
    p: test.p,
    sd: test.sd,
    t: test.t,
    wilcoxon: { method: wilcoxon.method, p: wilcoxon.p, V: wilcoxon.V },
  }
}

/** All post against all pre: the design where different people answer before and after. */
const unpairedFigure = (post: Accumulated, pre: Accumulated): UnpairedFigure => {
  const test = welchTTestFromSufficientStatistics(post, pre)
  return {
    ci: [test.ciLower, test.ciUpper],
    df: test.df,
    g: test.hedgesG,
    gCi: asInterval(hedgesGInterval(test.hedgesG, test.n1, test.n2)),
    meanDiff: test.meanDiff,
    n1: test.n1,
    n2: test.n2,
    p: test.p,
    t: test.t,
  }
}

const rateFigure = ({ n, passed }: MasteryCount): RateFigure => {
  const interval = wilsonInterval(passed, n)
  return { ci: [interval.lower, interval.upper], n, rate: interval.proportion }
}

/** An item's share right in a phase (among those who answered it), with its Wilson interval. */
const share = (tally: Accumulated, item: string) => {
  const [answered, right] = tally.items.get(item) ?? [0, 0]
  const interval = wilsonInterval(right, answered)
  return { ci: [interval.lower, interval.upper] as Interval, share: interval.proportion }
}

const NO_SHARE = { ci: [null, null] as Interval, share: null }

const asInterval = ({ lower, upper }: { lower: null | number; upper: null | number }): Interval => [
  lower,
  upper,
]

const clampShare = (value: number) => Math.min(1, Math.max(0, value))

/** Hake's g on the phase means (clamped into [0, 1] against rounding), with its interval. */
const gainOf = (pre: Accumulated, post: Accumulated) => {
  const [preSummary, postSummary] = [pre, post].map(summarizeSufficientStatistics)
  return normalizedGainInterval(
    { ...preSummary, mean: clampShare(preSummary.mean ?? 0) },
    { ...postSummary, mean: clampShare(postSummary.mean ?? 0) },
  )
}

export type KnowledgeInputs = {
  /** The check's answer key by item, to tell wrong choices (distractors) from right ones. */
  checkItems: Map<string, CheckItem>
  hidden: Set<Block>
  mastery: { post: MasteryCount; pre: MasteryCount }
  passMark: null | number
  target: null | number
}

/** The knowledge-change figures of one report row, with suppressed blocks left out. */
export const knowledgeFigures = (
  tallies: MergedTallies,
  { checkItems, hidden, mastery, passMark, target }: KnowledgeInputs,
): KnowledgeFigures => {
  const { followup, post, pre } = tallies.scores
  const show = <T>(blocksNeeded: Block[], figure: () => T): Suppressed | T =>
    blocksNeeded.some((block) => hidden.has(block)) ? SUPPRESSED : figure()

  const prePost = tallies.pairs.prePost
  const paired = show(['paired'], () => pairedFigure(prePost))
  const unpaired = show(['pre', 'post'], () => unpairedFigure(post, pre))
  const visible = (block: Block) => !hidden.has(block)
  const observedGainBasis =
    visible('paired') && prePost.n > 0
      ? ('paired' as const)
      : visible('pre') && visible('post') && pre.n > 0 && post.n > 0
        ? ('unpaired' as const)
        : null
  const observedGain =
    observedGainBasis === 'paired'
      ? (paired as PairedFigure).meanDiff
      : observedGainBasis === 'unpaired'
        ? (unpaired as UnpairedFigure).meanDiff
        : null
  const gain =
    visible('pre') && visible('post') && pre.n > 0 && post.n > 0
      ? gainOf(pre, post)
      : { gain: null, lower: null, upper: null }

  const items = [...new Set([...pre.items.keys(), ...post.items.keys()])].sort()
  const itemFigures: ItemFigure[] = items.map((item) => {
    const cell = prePost.items.get(item)
    const test = visible('paired') && cell ? mcnemarTest(cell[1], cell[2]) : null
    const phases = (['pre', 'post'] as const).filter((phase) => visible(phase))
    const preShare = visible('pre') ? share(pre, item) : NO_SHARE
    const postShare = visible('post') ? share(post, item) : NO_SHARE
    const key = checkItems.get(item)
    const discrimination = {
      post: visible('post') ? discriminationOf(post, item) : null,
      pre: visible('pre') ? discriminationOf(pre, item) : null,
    }
    const distractors = {
      post: visible('post') ? distractorSharesOf(post, item, key) : null,
      pre: visible('pre') ? distractorSharesOf(pre, item, key) : null,
    }
    const answers = phases.reduce(
      (sum, phase) => sum + (tallies.scores[phase].items.get(item)?.[0] ?? 0),
      0,
    )
    const picks =
      key && phases.length > 0
        ? Object.fromEntries(
            key.choices
              .filter((choice) => !key.correct.includes(choice))
              .map((choice) => [
                choice,
                phases.reduce(
                  (sum, phase) => sum + (tallies.scores[phase].choices.get(item)?.get(choice) ?? 0),
                  0,
                ),
              ]),
          )
        : null
    return {
      discrimination,
      distractors,
      flags: itemFlags({
        answers,
        discrimination: [discrimination.pre, discrimination.post],
        picks,
        pre: preShare.share,
      }),
      item,
      mcnemar: test && {
        b: test.b,
        c: test.c,
        chi2: test.chiSquared,
        exactP: test.exactP,
        p: test.p,
      },
      post: postShare.share,
      postCi: postShare.ci,
      pre: preShare.share,
      preCi: preShare.ci,
    }
  })

  return {
    attainment:
      observedGain !== null && target !== null && target > 0 ? observedGain / target : null,
    followup: show(['followup'], () => meanFigure(followup)),
    items: itemFigures,
    mastery: {
      passMark,
      post: show(['post'], () => rateFigure(mastery.post)),
      pre: show(['pre'], () => rateFigure(mastery.pre)),
    },
    normalizedGain: gain.gain,
    normalizedGainCi: [gain.lower, gain.upper],
    normalizedGainLabel: gain.gain === null ? null : labelGain(gain.gain),
    observedGain,
    observedGainBasis,
    paired,
    post: show(['post'], () => meanFigure(post)),
    pre: show(['pre'], () => meanFigure(pre)),
    reliability: {
      post: show(['post'], () => reliabilityOf(post)),
      pre: show(['pre'], () => reliabilityOf(pre)),
    },
    retention: show(['retention'], () => pairedFigure(tallies.pairs.postFollowup)),
    suppressed: blocks.filter((block) => block !== 'respondents' && hidden.has(block)),
    target,
    unpaired,
  }
}
