import type { Answers } from '../events/wireEvent'
import type { ItemCorrectness } from '../store/records'
import type { AnswerKey } from './answerKey'

export type Scored = { correct: ItemCorrectness; score: number }

const asList = (answer: string | string[]) => (Array.isArray(answer) ? answer : [answer])

/**
 * Scores answers against an answer key: an item is right when the chosen choices are exactly its
 * correct ones. An unanswered item counts as wrong, so the score is the share of the revision's
 * items answered correctly. Answers naming an item or a choice the revision does not have are
 * refused rather than ignored: they mean the sender shows a different assessment.
 */
export const scoreAnswers = (
  answerKey: AnswerKey,
  answers: Answers,
): { errors: string[] } | Scored => {
  const errors: string[] = []
  const items = new Map(answerKey.items.map((item) => [item.key, item]))
  for (const [itemKey, answer] of Object.entries(answers)) {
    const item = items.get(itemKey)
    if (!item) {
      errors.push(
        `"assessment.answers.${itemKey}": revision ${answerKey.revision} of the assessment has no ` +
          `item "${itemKey}"; its items are ${[...items.keys()].join(', ')}.`,
      )
      continue
    }
    for (const choice of asList(answer)) {
      if (!item.choices.includes(choice)) {
        errors.push(
          `"assessment.answers.${itemKey}": "${choice}" is not a choice of this item; ` +
            `its choices are ${item.choices.join(', ')}.`,
        )
      }
    }
  }
  if (errors.length > 0) return { errors }
  const correct: ItemCorrectness = {}
  let right = 0
  for (const item of answerKey.items) {
    const chosen = answers[item.key]
    const picked = chosen === undefined ? [] : asList(chosen)
    const isRight =
      picked.length === item.correct.length && item.correct.every((key) => picked.includes(key))
    correct[item.key] = isRight ? 1 : 0
    right += isRight ? 1 : 0
  }
  return { correct, score: answerKey.items.length === 0 ? 0 : right / answerKey.items.length }
}
