import { APIError } from 'payload'

import type { LocaleReview } from './reviewState'

import { locales } from '../../domain/locales'

const why: Record<LocaleReview['state'], string> = {
  approved: 'is approved',
  'changes-requested': 'has changes requested by its reviewer',
  'not-reviewed': 'has not been reviewed',
  outdated: 'was approved for an earlier text and changed since',
}

const nameOf = (code: string) =>
  `${locales.find((locale) => locale.code === code)?.label ?? code} (${code})`

/** Refuses an editor's publish of a version not approved in every language, saying which. */
export const notApproved = (pending: LocaleReview[]): APIError =>
  new APIError(
    `This version is not approved for publishing: ${pending
      .map((review) => `${nameOf(review.locale)} ${why[review.state]}`)
      .join('; ')}. A reviewer approves each language in the Review panel after its ` +
      'content-safety checklist; an administrator may publish without approval and that is recorded.',
    403,
    { pending: pending.map(({ locale, state }) => ({ locale, state })) },
    true,
  )
