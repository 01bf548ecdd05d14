import type { CollectionBeforeChangeHook } from 'payload'

import type { Campaign } from '../../../src/payload-types'

import { WRITING_REVIEW } from '../../../src/editorial/review/writingReview'

/**
 * The review record (requests, sign-offs, publications without approval) is written only by the
 * review endpoints and the publication hooks: any other save, an editor's autosave included,
 * keeps it as it was, so nobody can approve a campaign by sending the fields.
 */
export const protectReviewRecord: CollectionBeforeChangeHook<Campaign> = ({
  data,
  originalDoc,
  req,
}) => {
  if (req.context[WRITING_REVIEW] === true) return data
  const review = originalDoc?.review
  if (review) data.review = review
  else delete data.review
  return data
}
