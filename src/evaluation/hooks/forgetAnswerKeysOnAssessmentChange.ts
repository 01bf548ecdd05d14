import type { CollectionAfterChangeHook } from 'payload'

import type { Assessment } from '../../payload-types'

import { forgetAnswerKeys } from '../scoring/loadAnswerKey'

/** Feedback after a post check must show the explanations as the editor last wrote them. */
export const forgetAnswerKeysOnAssessmentChange: CollectionAfterChangeHook<Assessment> = ({
  doc,
}) => {
  forgetAnswerKeys(doc.id)
  return doc
}
