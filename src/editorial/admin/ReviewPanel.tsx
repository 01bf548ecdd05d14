'use client'

import React, { useState } from 'react'

import type { CampaignReview } from '../review/reviewOf'
import type { checklistItems } from '../review/checklist'
import type { LocaleReview } from '../review/reviewState'

import { locales } from '../../domain/locales'
import { useCampaignApi } from './useCampaignApi'
import './editorial.scss'

type ReviewAnswer = CampaignReview & {
  can: { requestReview: boolean; review: boolean }
  checklist: typeof checklistItems
}

const stageLabel: Record<CampaignReview['stage'], string> = {
  approved: 'Approved: ready to publish',
  'changes-requested': 'Changes requested',
  draft: 'Draft: not sent for review',
  'in-review': 'In review',
  published: 'Published',
}

const nameOf = (code: string) => locales.find((locale) => locale.code === code)?.label ?? code

const day = (iso?: null | string) => (iso ? new Date(iso).toLocaleDateString() : '')

const describe = ({ signOff, state }: LocaleReview) => {
  const who = signOff?.reviewerLabel ?? 'a reviewer'
  if (state === 'approved') return `Approved by ${who} on ${day(signOff?.decidedAt)}`
  if (state === 'outdated') return `Approved by ${who}, but the text changed since`
  if (state === 'changes-requested') {
    return `Changes requested by ${who}: “${signOff?.comment ?? ''}”`
  }
  return 'Not reviewed yet'
}

/** The reviewer's form for one language: the checklist, a comment, approve or ask for changes. */
const DecisionForm: React.FC<{
  checklist: ReviewAnswer['checklist']
  locales: LocaleReview[]
  onDecide: (body: object) => Promise<null | string>
}> = ({ checklist, locales: choices, onDecide }) => {
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
        Language{' '}
        <select onChange={(event) => setLocale(event.target.value as typeof locale)} value={locale}>
          {choices.map((entry) => (
            <option key={entry.locale} value={entry.locale}>
              {nameOf(entry.locale)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Content-safety checklist</legend>
        {checklist.map((item) => (
          <label className="aware-review__check" key={item.key}>
            <input
              checked={ticked[item.key] === true}
              name={item.key}
              onChange={(event) => setTicked({ ...ticked, [item.key]: event.target.checked })}
              type="checkbox"
            />
            <span>
              <strong>{item.label}</strong>
              <small>{item.description}</small>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="aware-review__comment">
        Comment (required to ask for changes)
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
          Approve {nameOf(locale ?? '')}
        </button>
        <button
          className="btn btn--style-secondary btn--size-small"
          disabled={busy}
          onClick={() => void decide('request-changes')}
          type="button"
        >
          Request changes
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
  const { data, error, post } = useCampaignApi<ReviewAnswer>('review')
  const [requestError, setRequestError] = useState<null | string>(null)
  if (error) return <p className="aware-review__error">Could not load the review: {error}</p>
  if (!data) return null
  const without = data.publishedWithoutApproval
  return (
    <section aria-labelledby="aware-review-title" className="aware-review" data-stage={data.stage}>
      <h3 id="aware-review-title">Review</h3>
      <p className={`aware-stage aware-stage--${data.stage}`}>{stageLabel[data.stage]}</p>
      {without?.at && (
        <p className="aware-review__override">
          Last published without approval by {without.byLabel ?? 'an administrator'} on{' '}
          {day(without.at)}
          {without.locales?.length ? ` (${without.locales.join(', ')})` : ''}.
        </p>
      )}
      <ul className="aware-review__locales">
        {data.locales.map((entry) => (
          <li data-state={entry.state} key={entry.locale}>
            <strong>{nameOf(entry.locale)}</strong> — {describe(entry)}
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
            Submit for review
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
