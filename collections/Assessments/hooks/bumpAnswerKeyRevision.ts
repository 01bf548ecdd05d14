import type { CollectionBeforeChangeHook } from 'payload'

import type { Assessment } from '../../../src/payload-types'

type AnswerKeySource = Pick<Assessment, 'items'>

/** Only what scoring depends on: item keys, choice keys and which choices are correct. */
export const answerKeyOf = (assessment: Partial<AnswerKeySource>): string =>
  JSON.stringify(
    (assessment.items ?? []).map((item) => [
      item.key,
      (item.choices ?? []).map((choice) => [choice.key, choice.correct === true]),
    ]),
  )

/**
 * Submissions are scored against the revision the respondent saw, so the revision must change
 * exactly when the answer key does (and not for a reworded question or a new translation).
 */
export const bumpAnswerKeyRevision: CollectionBeforeChangeHook<Assessment> = ({
  data,
  operation,
  originalDoc,
}) => {
  if (operation === 'create' || !originalDoc) return { ...data, revision: 1 }
  const previous = originalDoc.revision ?? 1
  const changed = data.items !== undefined && answerKeyOf(data) !== answerKeyOf(originalDoc)
  return { ...data, revision: changed ? previous + 1 : previous }
}
