'use client'

import React, { useState } from 'react'

import type { TFunction } from '@payloadcms/translations'

import type { AwareTranslationKey } from '../../admin/i18n/translations'
import type { CampaignReview } from '../review/reviewOf'
import type { checklistItems } from '../review/checklist'
import type { LocaleReview } from '../review/reviewState'

import { useAwareTranslation } from '../../admin/i18n/useAwareTranslation'
import { locales } from '../../domain/locales'
import { useCampaignApi } from './useCampaignApi'
import './editorial.scss'

type ReviewAnswer = CampaignReview & {
  can: { requestReview: boolean; review: boolean }
  checklist: typeof checklistItems
}

type T = TFunction<AwareTranslationKey>

const stageLabel: Record<CampaignReview['stage'], AwareTranslationKey> = {
  approved: 'aware:reviewStageApproved',
  'changes-requested': 'aware:reviewStageChangesRequested',
  draft: 'aware:reviewStageDraft',
  'in-review': 'aware:reviewStageInReview',
  published: 'aware:reviewStagePublished',
}

/** The checklist's texts by item key (the server sends the English with the keys). */
const checkText: Record<
  ReviewAnswer['checklist'][number]['key'],
  { description: AwareTranslationKey; label: AwareTranslationKey }
> = {
  accurate: { description: 'aware:checkAccurateDescription', label: 'aware:checkAccurate' },
  hotlinesVerified: {
    description: 'aware:checkHotlinesVerifiedDescription',
    label: 'aware:checkHotlinesVerified',
  },
  noRestraintImagery: {
    description: 'aware:checkNoRestraintImageryDescription',
    label: 'aware:checkNoRestraintImagery',
  },
  noStigmatisingLanguage: {
    description: 'aware:checkNoStigmatisingLanguageDescription',
    label: 'aware:checkNoStigmatisingLanguage',
  },
}

const nameOf = (code: string) => locales.find((locale) => locale.code === code)?.label ?? code

const day = (language: string, iso?: null | string) =>
  iso ? new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso)) : ''

const describe = ({ signOff, state }: LocaleReview, t: T, language: string) => {
  const who = signOff?.reviewerLabel ?? t('aware:reviewAReviewer')
  if (state === 'approved') {
    return t('aware:reviewApprovedBy', { day: day(language, signOff?.decidedAt), who })
  }
  if (state === 'outdated') return t('aware:reviewApprovedOutdated', { who })
  if (state === 'changes-requested') {
    return t('aware:reviewChangesRequestedBy', { comment: signOff?.comment ?? '', who })
  }
  return t('aware:reviewNotReviewed')
}

/** The reviewer's form for one language: the checklist, a comment, approve or ask for changes. */
const DecisionForm: React.FC<{
  checklist: ReviewAnswer['checklist']
  locales: LocaleReview[]
  onDecide: (body: object) => Promise<null | string>
}> = ({ checklist, locales: choices, onDecide }) => {
  const { t } = useAwareTranslation()
  const [locale, setLocale] = useState(
    choices.find((entry) => entry.state !== 'approved')?.locale ?? choices[0]?.locale,
  )
  const [ticked, setTicked] = useState<Record<string, boolean>>({})
  const [comment, setComment] = useState('')
  const [message, setMessage] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)
  const decide = async (decision: 'approve' | 'request-changes') => {
    setBusy(true)
    const error = await onDecide({ checklist: ticked, comment, decision, locale })
    setBusy(false)
    setMessage(error)
    if (!error) {
      setTicked({})
      setComment('')
    }
  }
  return (
    <form className="aware-review__form" onSubmit={(event) => event.preventDefault()}>
      <label className="aware-review__locale">
        {t('aware:reviewLanguage')}{' '}
        <select onChange={(event) => setLocale(event.target.value as typeof locale)} value={locale}>
          {choices.map((entry) => (
            <option key={entry.locale} value={entry.locale}>
              {nameOf(entry.locale)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('aware:reviewChecklistLegend')}</legend>
        {checklist.map((item) => (
          <label className="aware-review__check" key={item.key}>
            <input
              checked={ticked[item.key] === true}
              name={item.key}
              onChange={(event) => setTicked({ ...ticked, [item.key]: event.target.checked })}
              type="checkbox"
            />
            <span>
              <strong>{checkText[item.key] ? t(checkText[item.key].label) : item.label}</strong>
              <small>
                {checkText[item.key] ? t(checkText[item.key].description) : item.description}
              </small>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="aware-review__comment">
        {t('aware:reviewComment')}
        <textarea onChange={(event) => setComment(event.target.value)} rows={3} value={comment} />
      </label>
      {message && (
        <p className="aware-review__error" role="alert">
          {message}
        </p>
      )}
      <div className="aware-review__actions">
        <button
          className="btn btn--style-primary btn--size-small"
          disabled={busy}
          onClick={() => void decide('approve')}
          type="button"
        >
          {t('aware:reviewApprove', { language: nameOf(locale ?? '') })}
        </button>
        <button
          className="btn btn--style-secondary btn--size-small"
          disabled={busy}
          onClick={() => void decide('request-changes')}
          type="button"
        >
          {t('aware:reviewRequestChanges')}
        </button>
      </div>
    </form>
  )
}

/**
 * “Review”: where the campaign stands (draft → in review → approved → published), each
 * language's decision, the reviewer's checklist form, and the editor's request for review.
 */
export const ReviewPanel: React.FC = () => {
  const { i18n, t } = useAwareTranslation()
  const { data, error, post } = useCampaignApi<ReviewAnswer>('review')
  const [requestError, setRequestError] = useState<null | string>(null)
  if (error) {
    return <p className="aware-review__error">{t('aware:reviewCouldNotLoad', { error })}</p>
  }
  if (!data) return null
  const without = data.publishedWithoutApproval
  return (
    <section aria-labelledby="aware-review-title" className="aware-review" data-stage={data.stage}>
      <h3 id="aware-review-title">{t('aware:reviewTitle')}</h3>
      <p className={`aware-stage aware-stage--${data.stage}`}>{t(stageLabel[data.stage])}</p>
      {without?.at && (
        <p className="aware-review__override">
          {t(
            without.locales?.length
              ? 'aware:reviewPublishedWithoutApprovalIn'
              : 'aware:reviewPublishedWithoutApproval',
            {
              day: day(i18n.language, without.at),
              locales: without.locales?.join(', ') ?? '',
              who: without.byLabel ?? t('aware:reviewAnAdministrator'),
            },
          )}
        </p>
      )}
      <ul className="aware-review__locales">
        {data.locales.map((entry) => (
          <li data-state={entry.state} key={entry.locale}>
            <strong>{nameOf(entry.locale)}</strong> — {describe(entry, t, i18n.language)}
          </li>
        ))}
      </ul>
      {data.can.requestReview && (data.stage === 'draft' || data.stage === 'changes-requested') && (
        <>
          <button
            className="btn btn--style-secondary btn--size-small"
            onClick={() => void post('review-request', {}).then(setRequestError)}
            type="button"
          >
            {t('aware:reviewSubmit')}
          </button>
          {requestError && (
            <p className="aware-review__error" role="alert">
              {requestError}
            </p>
          )}
        </>
      )}
      {data.can.review && data.locales.length > 0 && (
        <DecisionForm
          checklist={data.checklist}
          locales={data.locales}
          onDecide={(body) => post('reviews', body)}
        />
      )}
    </section>
  )
}
