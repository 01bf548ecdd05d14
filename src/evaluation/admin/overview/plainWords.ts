import type { KnowledgeFigures, ReachFigures } from '../../reports/figureTypes'

import { count, isSuppressed } from '../reports/format'

/** Whole percentages: an overview is read at a glance; the campaign view has the decimals. */
const percent = (share: number) => `${Math.round(share * 100)} %`

const points = (difference: number) => {
  const rounded = Math.round(difference * 100)
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded)} points`
}

/** Cohen's (1988) conventions for a standardized mean difference: 0.2 small, 0.5 medium, 0.8 large. */
export const effectWord = (effect: number): string => {
  const size = Math.abs(effect)
  return size >= 0.8 ? 'large' : size >= 0.5 ? 'medium' : size >= 0.2 ? 'small' : 'negligible'
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

const targetClause = (knowledge: KnowledgeFigures) =>
  knowledge.attainment === null ? '' : `, ${percent(knowledge.attainment)} of the target`

/**
 * Pre → post and the change in one sentence an NGO reader understands, e.g. "Scores rose from
 * 52 % to 74 %, +21 points: a large improvement, 84 % of the target." A change whose 95 %
 * interval includes zero is said to be unclear, whatever its size.
 */
export const changeSentence = (knowledge: KnowledgeFigures, k: number): string => {
  const pre = isSuppressed(knowledge.pre) ? null : knowledge.pre.mean
  const post = isSuppressed(knowledge.post) ? null : knowledge.post.mean
  const hiddenPre = isSuppressed(knowledge.pre)
  const hiddenPost = isSuppressed(knowledge.post)
  if (pre === null && post === null) {
    return hiddenPre || hiddenPost
      ? `Scores are hidden: fewer than ${k} people have answered the knowledge check so far.`
      : 'No one has answered the knowledge check yet.'
  }
  if (pre === null || post === null) {
    const [known, phase, other] =
      pre === null
        ? [post as number, 'after the campaign', 'before it']
        : [pre, 'before the campaign', 'after it']
    const missing = (pre === null ? hiddenPre : hiddenPost)
      ? `fewer than ${k} people answered ${other}, so that score is hidden`
      : `no one has answered ${other} yet`
    return `Scores ${phase}: ${percent(known)}; ${missing}.`
  }
  const change = changeOf(knowledge)
  if (change === null) {
    return `Scores went from ${percent(pre)} to ${percent(post)}; the change is hidden: fewer than ${k} people answered both before and after.`
  }
  const clear = change.low !== null && change.high !== null && (change.low > 0 || change.high < 0)
  const verb = change.value > 0 ? 'rose' : change.value < 0 ? 'fell' : 'stayed'
  const movement =
    verb === 'stayed'
      ? `Scores stayed at ${percent(pre)}`
      : `Scores ${verb} from ${percent(pre)} to ${percent(post)}`
  const verdict = !clear
    ? 'not clearly more than chance (too few answers or too small a change to be sure)'
    : change.effect === null
      ? change.value > 0
        ? 'an improvement'
        : 'a decline'
      : `a ${effectWord(change.effect)} ${change.value > 0 ? 'improvement' : 'decline'}`
  return `${movement}, ${points(change.value)}: ${verdict}${targetClause(knowledge)}.`
}

/** Reach against target: "1,234 people reached of 2,000 targeted (62 %)". */
export const reachSentence = (reach: ReachFigures): string => {
  const estimate = reach.reachedError > 0 ? ` (± ${percent(reach.reachedError)}, an estimate)` : ''
  const people = `${count(reach.reached)} ${reach.reached === 1 ? 'person' : 'people'} reached${estimate}`
  return reach.target === null
    ? `${people}; no reach target set.`
    : `${people} of ${count(reach.target)} targeted (${percent(reach.attainment ?? 0)}).`
}

/** Why a whole row shows no figures, and what would show them. */
export const suppressedRowSentence = (k: number, isTotal: boolean): string =>
  isTotal
    ? `No figures yet: fewer than ${k} people have taken part in this campaign, perhaps none. Figures appear once at least ${k} have been reached; nothing is shown that could identify anyone.`
    : `Hidden to protect respondents: fewer than ${k} people in this audience have taken part, or showing it would let someone work out a smaller audience's figures by subtraction. It appears once this audience and the campaign's smallest audiences each have at least ${k} people.`

const blockNames: Record<string, string> = {
  followup: 'the follow-up score',
  paired: 'the change of those who answered both before and after',
  post: 'the score after',
  pre: 'the score before',
  retention: 'what was kept at follow-up',
}

/** Which parts of a shown row are hidden, in words; null when nothing is. */
export const hiddenBlocksSentence = (knowledge: KnowledgeFigures, k: number): null | string => {
  const names = knowledge.suppressed.map((block) => blockNames[block] ?? block)
  if (names.length === 0) return null
  const list =
    names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
  return `Not shown: ${list}, as fewer than ${k} people answered (or showing it would reveal a smaller group). They appear as more people take part.`
}

/** Mastery in words: "Before, 30 % reached the pass mark of 70 %; after, 65 %." */
export const masterySentence = (mastery: KnowledgeFigures['mastery']): null | string => {
  const pre = isSuppressed(mastery.pre) ? null : mastery.pre.rate
  const post = isSuppressed(mastery.post) ? null : mastery.post.rate
  if (pre === null && post === null) return null
  const mark =
    mastery.passMark === null ? 'the pass mark' : `the pass mark of ${percent(mastery.passMark)}`
  if (pre !== null && post !== null) {
    return `Before, ${percent(pre)} reached ${mark}; after, ${percent(post)}.`
  }
  return pre !== null
    ? `Before, ${percent(pre)} reached ${mark}.`
    : `After, ${percent(post as number)} reached ${mark}.`
}

/** What was kept weeks later: "At follow-up, scores were 3 points lower than right after." */
export const retentionSentence = (retention: KnowledgeFigures['retention']): null | string => {
  if (isSuppressed(retention) || retention.meanDiff === null) return null
  const rounded = Math.round(retention.meanDiff * 100)
  const clear =
    retention.ci[0] !== null &&
    retention.ci[1] !== null &&
    (retention.ci[0] > 0 || retention.ci[1] < 0)
  const how =
    rounded === 0
      ? 'about the same as right after the campaign'
      : `${Math.abs(rounded)} points ${rounded > 0 ? 'higher' : 'lower'} than right after the campaign`
  return `At follow-up, scores were ${how}${clear ? '' : ' (not clearly different: too few answers to be sure)'}.`
}
