import type { ItemParameters } from './knowledgeModel'
import type { ItemModel } from './types'

import { createRandom } from './random'

/** Answering a multiple-answer item right by chance means hitting the exact set of correct choices. */
const guessChance = (item: ItemModel): number => {
  const correct = item.choices.filter((choice) => choice.correct).length
  const subsets = 2 ** item.choices.length - 1
  return correct === 1 ? 1 / item.choices.length : 1 / subsets
}

/**
 * An item's difficulty belongs to the item, not to a run: it is drawn from the item's identity, so
 * every seed sees the same easy and hard questions.
 */
export const itemParameters = (assessmentSlug: string, item: ItemModel): ItemParameters => ({
  difficulty: 0.8 * createRandom(`item:${assessmentSlug}:${item.key}`).normal(),
  guess: guessChance(item),
})
