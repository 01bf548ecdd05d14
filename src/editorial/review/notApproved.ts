import { APIError } from 'payload'

import type { AdminWords } from '../../admin/i18n/adminWords'
import type { AwareTranslationKey } from '../../admin/i18n/translations'
import type { LocaleReview } from './reviewState'

import { keepWhole } from '../readiness/publicationRefused'
import { languageName } from '../readiness/languageName'

const why: Record<LocaleReview['state'], AwareTranslationKey> = {
  approved: 'aware:notApprovedApproved',
  'changes-requested': 'aware:notApprovedChangesRequested',
  'not-reviewed': 'aware:notApprovedNotReviewed',
  outdated: 'aware:notApprovedOutdated',
}

/**
 * Refuses an editor's publish of a version not approved in every language, saying which, in the
 * editor's admin language (`req.i18n`); the pending languages as data.
 */
export const notApproved = (pending: LocaleReview[], { t }: AdminWords): APIError =>
  new APIError(
    keepWhole(
      t('aware:notApprovedMessage', {
        pending: pending
          .map((review) => t(why[review.state], { language: languageName(review.locale) }))
          .join('; '),
      }),
    ),
    403,
    { pending: pending.map(({ locale, state }) => ({ locale, state })) },
    true,
  )
