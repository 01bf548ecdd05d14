import type { AdminWords } from '../../../admin/i18n/adminWords'
import type { AwareTranslationKey } from '../../../admin/i18n/translations'
import type { KnowledgeFigures, ReachFigures } from '../../reports/figureTypes'

import { formatCount } from '../../../admin/i18n/adminFormat'
import { englishWords } from '../../../admin/i18n/englishWords'
import { plural } from '../../../admin/i18n/plural'
import { figureFormat, isSuppressed } from '../reports/format'

/**
 * The report's figures in sentences an NGO reader understands, in the reader's admin language
 * (English by default: the donor summary, which leaves the organisation, is written in it).
 */

/** Whole percentages: an overview is read at a glance; the campaign view has the decimals. */
const percentOf = (words: AdminWords) => (share: number) => figureFormat(words).percent(share, 0)

const pointsOf =
  ({ language, t }: AdminWords) =>
  (difference: number) => {
    const rounded = Math.round(difference * 100)
    const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±'
    return t('aware:formatPoints', { value: `${sign}${formatCount(language, Math.abs(rounded))}` })
  }

const effectKeys = {
  large: 'aware:effectLarge',
  medium: 'aware:effectMedium',
  negligible: 'aware:effectNegligible',
  small: 'aware:effectSmall',
} as const satisfies Record<string, AwareTranslationKey>

/** Cohen's (1988) conventions for a standardized mean difference: 0.2 small, 0.5 medium, 0.8 large. */
export const effectWord = (effect: number, { t }: AdminWords = englishWords): string => {
  const size = Math.abs(effect)
  return t(
    effectKeys[
      size >= 0.8 ? 'large' : size >= 0.5 ? 'medium' : size >= 0.2 ? 'small' : 'negligible'
    ],
  )
}

type Change = { effect: null | number; high: null | number; low: null | number; value: number }

/** The change attainment is measured by: paired when there are pairs, else pre against post. */
const changeOf = (knowledge: KnowledgeFigures): Change | null => {
  const { paired, unpaired } = knowledge
  if (!isSuppressed(paired) && paired.meanDiff !== null) {
    return { effect: paired.dz, high: paired.ci[1], low: paired.ci[0], value: paired.meanDiff }
  }
  if (!isSuppressed(unpaired) && unpaired.meanDiff !== null) {
    return {
      effect: unpaired.g,
      high: unpaired.ci[1],
      low: unpaired.ci[0],
      value: unpaired.meanDiff,
    }
  }
  return null
}

/** When only one of the two scores can be shown: that one, and why the other is not. */
const oneScoreSentence = (
  knowledge: KnowledgeFigures,
  k: number,
  words: AdminWords,
  [pre, post]: [null | number, null | number],
): string => {
  const { t } = words
  const percent = percentOf(words)
  const vars = { k: String(k) }
  if (pre === null) {
    const missing = isSuppressed(knowledge.pre)
      ? t('aware:plainBeforeHidden', vars)
      : t('aware:plainBeforeNone')
    return t('aware:plainOnlyAfter', { missing, score: percent(post as number) })
  }
  const missing = isSuppressed(knowledge.post)
    ? t('aware:plainAfterHidden', vars)
    : t('aware:plainAfterNone')
  return t('aware:plainOnlyBefore', { missing, score: percent(pre) })
}

/**
 * Pre → post and the change in one sentence, e.g. "Scores rose from 52 % to 74 %, +21 points: a
 * large improvement, 84 % of the target." A change whose 95 % interval includes zero is said to
 * be unclear, whatever its size.
 */
export const changeSentence = (
  knowledge: KnowledgeFigures,
  k: number,
  words: AdminWords = englishWords,
): string => {
  const { t } = words
  const percent = percentOf(words)
  const pre = isSuppressed(knowledge.pre) ? null : knowledge.pre.mean
  const post = isSuppressed(knowledge.post) ? null : knowledge.post.mean
  if (pre === null && post === null) {
    return isSuppressed(knowledge.pre) || isSuppressed(knowledge.post)
      ? t('aware:plainScoresHidden', { k: String(k) })
      : t('aware:plainNoAnswers')
  }
  if (pre === null || post === null) return oneScoreSentence(knowledge, k, words, [pre, post])
  const scores = { post: percent(post), pre: percent(pre) }
  const change = changeOf(knowledge)
  if (change === null) return t('aware:plainChangeHidden', { ...scores, k: String(k) })
  const clear = change.low !== null && change.high !== null && (change.low > 0 || change.high < 0)
  const movement = t(
    change.value > 0
      ? 'aware:plainRose'
      : change.value < 0
        ? 'aware:plainFell'
        : 'aware:plainStayed',
    scores,
  )
  const better = change.value > 0
  const verdict = !clear
    ? t('aware:plainUnclear')
    : change.effect === null
      ? t(better ? 'aware:plainImprovement' : 'aware:plainDecline')
      : t(better ? 'aware:plainSizedImprovement' : 'aware:plainSizedDecline', {
          size: effectWord(change.effect, words),
        })
  const target =
    knowledge.attainment === null
      ? ''
      : t('aware:plainOfTarget', { share: percent(knowledge.attainment) })
  return t('aware:plainChange', {
    movement,
    points: pointsOf(words)(change.value),
    target,
    verdict,
  })
}

/** Reach against target: "1,234 people reached of 2,000 targeted (62 %)". */
export const reachSentence = (reach: ReachFigures, words: AdminWords = englishWords): string => {
  const { t } = words
  const percent = percentOf(words)
  const estimate =
    reach.reachedError > 0 ? t('aware:plainEstimate', { error: percent(reach.reachedError) }) : ''
  const people = plural(words, 'plainPeopleReached', reach.reached, { estimate })
  return reach.target === null
    ? t('aware:plainNoReachTarget', { people })
    : t('aware:plainReachOfTarget', {
        people,
        share: percent(reach.attainment ?? 0),
        target: formatCount(words.language, reach.target),
      })
}

/** Why a whole row shows no figures, and what would show them. */
export const suppressedRowSentence = (
  k: number,
  isTotal: boolean,
  { t }: AdminWords = englishWords,
): string =>
  t(isTotal ? 'aware:plainNoFiguresTotal' : 'aware:plainHiddenAudience', { k: String(k) })

const blockNames: Record<string, AwareTranslationKey> = {
  followup: 'aware:blockFollowup',
  paired: 'aware:blockPaired',
  post: 'aware:blockPost',
  pre: 'aware:blockPre',
  retention: 'aware:blockRetention',
}

/** Which parts of a shown row are hidden, in words; null when nothing is. */
export const hiddenBlocksSentence = (
  knowledge: KnowledgeFigures,
  k: number,
  { language, t }: AdminWords = englishWords,
): null | string => {
  const names = knowledge.suppressed.map((block) =>
    blockNames[block] ? t(blockNames[block]) : block,
  )
  if (names.length === 0) return null
  // British English joins "a, b and c", as these sentences always did.
  const list = new Intl.ListFormat(language === 'en' ? 'en-GB' : language, {
    type: 'conjunction',
  }).format(names)
  return t('aware:plainNotShown', { k: String(k), list })
}

/** Mastery in words: "Before, 30 % reached the pass mark of 70 %; after, 65 %." */
export const masterySentence = (
  mastery: KnowledgeFigures['mastery'],
  words: AdminWords = englishWords,
): null | string => {
  const { t } = words
  const percent = percentOf(words)
  const pre = isSuppressed(mastery.pre) ? null : mastery.pre.rate
  const post = isSuppressed(mastery.post) ? null : mastery.post.rate
  if (pre === null && post === null) return null
  const mark =
    mastery.passMark === null
      ? t('aware:plainPassMark')
      : t('aware:plainPassMarkOf', { mark: percent(mastery.passMark) })
  if (pre !== null && post !== null) {
    return t('aware:plainMasteryBoth', { mark, post: percent(post), pre: percent(pre) })
  }
  return pre !== null
    ? t('aware:plainMasteryBefore', { mark, pre: percent(pre) })
    : t('aware:plainMasteryAfter', { mark, post: percent(post as number) })
}

/** What was kept weeks later: "At follow-up, scores were 3 points lower than right after." */
export const retentionSentence = (
  retention: KnowledgeFigures['retention'],
  { language, t }: AdminWords = englishWords,
): null | string => {
  if (isSuppressed(retention) || retention.meanDiff === null) return null
  const rounded = Math.round(retention.meanDiff * 100)
  const clear =
    retention.ci[0] !== null &&
    retention.ci[1] !== null &&
    (retention.ci[0] > 0 || retention.ci[1] < 0)
  const points = formatCount(language, Math.abs(rounded))
  const how =
    rounded === 0
      ? t('aware:plainRetentionSame')
      : t(rounded > 0 ? 'aware:plainRetentionHigher' : 'aware:plainRetentionLower', { points })
  return t('aware:plainRetention', { how, unclear: clear ? '' : t('aware:plainRetentionUnclear') })
}
