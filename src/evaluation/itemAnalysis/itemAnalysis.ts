import type { Accumulated } from '../reports/mergedTallies'
import type { CheckItem } from '../reports/reportCampaign'

import { correctedItemTotalCorrelation, kr20 } from '../statistics'

/** Why an item needs its author's attention. */
export type ItemFlag = 'ceiling' | 'low-discrimination' | 'unused-distractor'

/** More than this share right before exposure leaves no room to show learning. */
export const CEILING = 0.9
/** A corrected item-total correlation below this barely tells who knows from who does not. */
export const LOW_DISCRIMINATION = 0.1
/** A distractor is judged unused only over at least this many answers. */
export const MIN_ANSWERS_FOR_DISTRACTORS = 30

/** Whether every respondent of a phase took every item: the condition of KR-20 and r.drop. */
const itemsOf = (phase: Accumulated) => {
  const items = [...phase.items]
  const complete =
    phase.n > 1 && items.length > 1 && items.every(([, tally]) => tally[0] === phase.n)
  return { complete, count: items.length }
}

/**
 * The corrected item-total correlation (discrimination) of an item in a phase, from the tallies:
 * totals are scores times the number of items. Null unless every respondent took every item
 * (submissions of revisions with other items would mix tests).
 */
export const discriminationOf = (phase: Accumulated, item: string): null | number => {
  const { complete, count } = itemsOf(phase)
  const tally = phase.items.get(item)
  if (!complete || !tally) return null
  return correctedItemTotalCorrelation({
    correct: tally[1],
    n: phase.n,
    totalSum: phase.sum * count,
    totalSumSquares: phase.sumSquares * count * count,
    totalWhenCorrect: (tally[2] ?? 0) * count,
  })
}

/** KR-20 of a phase with its n; null figure unless every respondent took every item. */
export const reliabilityOf = (phase: Accumulated): { kr20: null | number; n: number } => {
  const { complete, count } = itemsOf(phase)
  if (!complete) return { kr20: null, n: phase.n }
  return {
    kr20: kr20({
      correct: [...phase.items.values()].map((tally) => tally[1]),
      n: phase.n,
      totalSum: phase.sum * count,
      totalSumSquares: phase.sumSquares * count * count,
    }),
    n: phase.n,
  }
}

/** The share of those who answered an item who picked each of its wrong choices. */
export const distractorSharesOf = (
  phase: Accumulated,
  item: string,
  key: CheckItem | undefined,
): null | Record<string, number> => {
  const answered = phase.items.get(item)?.[0] ?? 0
  if (!key || answered === 0) return null
  const picked = phase.choices.get(item)
  return Object.fromEntries(
    key.choices
      .filter((choice) => !key.correct.includes(choice))
      .map((choice) => [choice, (picked?.get(choice) ?? 0) / answered]),
  )
}

/** The flags of an item from what the report shows of it (null: a phase not shown). */
export const itemFlags = ({
  answers,
  discrimination,
  picks,
  pre,
}: {
  /** Answers over the phases shown. */
  answers: number
  discrimination: (null | number)[]
  /** Per wrong choice, how many picked it over the phases shown. */
  picks: null | Record<string, number>
  pre: null | number
}): ItemFlag[] => {
  const flags: ItemFlag[] = []
  if (pre !== null && pre > CEILING) flags.push('ceiling')
  if (discrimination.some((r) => r !== null && r < LOW_DISCRIMINATION)) {
    flags.push('low-discrimination')
  }
  if (
    picks &&
    answers >= MIN_ANSWERS_FOR_DISTRACTORS &&
    Object.values(picks).some((count) => count === 0)
  ) {
    flags.push('unused-distractor')
  }
  return flags
}
