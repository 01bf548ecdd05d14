import type { PayloadRequest } from 'payload'

import type { Campaign } from '../../payload-types'

import { defaultLocale } from '../../domain/locales'
import { WRITING_REVIEW } from './writingReview'

/**
 * Saves a new review record into a new draft of the campaign (the published version, if any,
 * stays as it is), in the request's transaction.
 */
export const writeReview = async (
  req: PayloadRequest,
  campaign: Campaign,
  review: NonNullable<Campaign['review']>,
) =>
  req.payload.update({
    collection: 'campaigns',
    context: { [WRITING_REVIEW]: true },
    data: { review },
    depth: 0,
    draft: true,
    id: campaign.id,
    locale: defaultLocale,
    overrideAccess: true,
    req,
  })
