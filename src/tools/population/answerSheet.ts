import type { Answers } from '../../evaluation/events/wireEvent'
import type { ItemParameters } from './knowledgeModel'
import type { Random } from './random'
import type { ItemModel } from './types'

import { probabilityCorrect } from './knowledgeModel'

export type AnswerSheet = { answers: Answers; score: number }

const correctAnswer = (item: ItemModel): string | string[] => {
  const keys = item.choices.filter((choice) => choice.correct).map((choice) => choice.key)
  return keys.length === 1 ? keys[0] : keys
}

/** One person's answers to every item at one knowledge level (logit), and the share correct. */
export const answerSheet = (
  random: Random,
  items: readonly { model: ItemModel; parameters: ItemParameters }[],
  logit: number,
): AnswerSheet => {
  const answers: Answers = {}
  let correct = 0
  for (const { model, parameters } of items) {
    const wrongChoices = model.choices.filter((choice) => !choice.correct)
    if (wrongChoices.length === 0 || random.chance(probabilityCorrect(parameters, logit))) {
      answers[model.key] = correctAnswer(model)
      correct += 1
    } else {
      answers[model.key] = random.pick(wrongChoices).key
    }
  }
  return { answers, score: correct / items.length }
}
