import type { Answers, ItemFeedback } from '../events/wireEvent'
import type { ItemCorrectness } from '../store/records'
import type { AnswerKey } from './answerKey'

import { defaultLocale } from '../../domain/locales'

/**
 * What the widget shows after a post or follow-up check: each item the submission answered,
 * right or not, and why. Items it did not answer are left out, correct choices and explanations
 * alike: a submission answering one item must not receive the whole answer key.
 */
export const feedbackFor = (
  answerKey: AnswerKey,
  answers: Answers,
  correct: ItemCorrectness,
  locale: string,
): ItemFeedback[] =>
  answerKey.items
    .filter((item) => answers[item.key] !== undefined)
    .map((item) => ({
      correct: correct[item.key] === 1,
      correctChoices: item.correct,
      explanation: item.explanations[locale] ?? item.explanations[defaultLocale] ?? null,
      item: item.key,
    }))
