import type { Campaign } from '../../payload-types'
import type { CampaignTexts } from '../readiness/campaignTexts'
import type { LocaleReview, ReviewStage, SignOff } from './reviewState'

import { contentFingerprint, contentLocales } from './contentFingerprint'
import { localeReviews, reviewStage } from './reviewState'

export type CampaignReview = {
  locales: LocaleReview[]
  publishedWithoutApproval: Campaign['review'] extends infer R
    ? R extends { publishedWithoutApproval?: infer P }
      ? P
      : null
    : null
  requestedAt: null | string
  stage: ReviewStage
}

/** The review of a campaign's languages as they read in `texts`. */
export const reviewOf = (
  review: Campaign['review'] | null | undefined,
  texts: CampaignTexts,
  published: boolean,
): CampaignReview => {
  const fingerprints = Object.fromEntries(
    contentLocales(texts).map((locale) => [locale, contentFingerprint(texts, locale)]),
  )
  const locales = localeReviews((review?.signOffs ?? []) as SignOff[], fingerprints)
  const requestedAt = review?.requestedAt ?? null
  return {
    locales,
    publishedWithoutApproval: review?.publishedWithoutApproval ?? null,
    requestedAt,
    stage: reviewStage(locales, { published, requestedAt }),
  }
}
