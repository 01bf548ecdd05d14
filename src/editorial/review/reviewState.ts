import type { LocaleCode } from '../../domain/locales'
import type { Checklist } from './checklist'

/** One reviewer's decision on one language, stored with the version it was made on. */
export type SignOff = {
  checklist?: Partial<Checklist> | null
  comment?: null | string
  decidedAt: string
  decision: 'approved' | 'changes-requested'
  fingerprint: string
  locale: string
  reviewer?: null | number | string | { id: number | string }
  reviewerLabel?: null | string
}

export type LocaleReview = {
  locale: LocaleCode
  /** The latest decision on this language, if any. */
  signOff: null | SignOff
  /**
   * approved: approved as it reads now; outdated: approved, then changed; changes-requested:
   * the reviewer asked for changes; not-reviewed: nobody has decided yet.
   */
  state: 'approved' | 'changes-requested' | 'not-reviewed' | 'outdated'
}

export type ReviewStage = 'approved' | 'changes-requested' | 'draft' | 'in-review' | 'published'

/** Each language's review, against the fingerprints of the text as it is now. */
export const localeReviews = (
  signOffs: SignOff[],
  fingerprints: Partial<Record<LocaleCode, string>>,
): LocaleReview[] =>
  (Object.entries(fingerprints) as [LocaleCode, string][]).map(([locale, fingerprint]) => {
    const latest =
      signOffs
        .filter((signOff) => signOff.locale === locale)
        .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))
        .at(-1) ?? null
    if (!latest) return { locale, signOff: null, state: 'not-reviewed' }
    if (latest.decision === 'changes-requested') {
      return { locale, signOff: latest, state: 'changes-requested' }
    }
    return {
      locale,
      signOff: latest,
      state: latest.fingerprint === fingerprint ? 'approved' : 'outdated',
    }
  })

/**
 * Where the campaign stands (Strapi's review workflows as the model): draft → in review →
 * approved → published; changes requested sends it back to its editor.
 */
export const reviewStage = (
  reviews: LocaleReview[],
  { published, requestedAt }: { published: boolean; requestedAt?: null | string },
): ReviewStage => {
  if (published) return 'published'
  if (reviews.length > 0 && reviews.every((review) => review.state === 'approved')) {
    return 'approved'
  }
  const asked = requestedAt ?? ''
  if (
    reviews.some(
      (review) =>
        review.state === 'changes-requested' && (review.signOff?.decidedAt ?? '') >= asked,
    )
  ) {
    return 'changes-requested'
  }
  return requestedAt ? 'in-review' : 'draft'
}
