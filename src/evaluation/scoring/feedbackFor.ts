import type { ItemFeedback } from '../events/wireEvent'
import type { ItemCorrectness } from '../store/records'
import type { AnswerKey } from './answerKey'

import { defaultLocale } from '../../domain/locales'

/** What the widget shows after a post or follow-up check: each item, right or not, and why. */
export const feedbackFor = (
  answerKey: AnswerKey,
  correct: ItemCorrectness,
  locale: string,
): ItemFeedback[] =>
  answerKey.items.map((item) => ({
    correct: correct[item.key] === 1,
    correctChoices: item.correct,
    explanation: item.explanations[locale] ?? item.explanations[defaultLocale] ?? null,
    item: item.key,
  }))
