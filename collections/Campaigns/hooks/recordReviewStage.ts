import type { CollectionBeforeChangeHook } from 'payload'

import type { Campaign } from '../../../src/payload-types'

import { campaignBeingSaved } from '../../../src/editorial/readiness/campaignBeingSaved'
import { reviewOf } from '../../../src/editorial/review/reviewOf'

/**
 * Stores the review stage (draft, in review, changes requested, approved, published) with every
 * save, so lists show and filter by it; approvals of an earlier text stop counting at once.
 */
export const recordReviewStage: CollectionBeforeChangeHook<Campaign> = async ({
  data,
  originalDoc,
  req,
}) => {
  const published = (data._status ?? originalDoc?._status) === 'published'
  const { texts } = await campaignBeingSaved(req, data, originalDoc)
  data.reviewStage = reviewOf(data.review ?? originalDoc?.review, texts, published).stage
  return data
}
