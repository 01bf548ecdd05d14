'use client'

import React, { useCallback, useEffect, useState } from 'react'

import type { AwareTranslationKey } from '../../../admin/i18n/translations'
import type { ReviewItem } from '../../review/reviewItem'
import type { Option } from '../reports/dashboardTypes'

import { formatCount, formatUtcMoment } from '../../../admin/i18n/adminFormat'
import { plural } from '../../../admin/i18n/plural'
import { useAdminWords } from '../../../admin/i18n/useAdminWords'
import { apiErrorMessage } from '../apiErrorMessage'
import { Field } from '../Field'

type Page = { docs: ReviewItem[]; page: number; totalDocs: number; totalPages: number }

type Loaded =
  { kind: 'failed'; message: string } | { kind: 'loading' } | { kind: 'ready'; page: Page }

/** The statuses an evaluator lists by, in the order the list offers them. */
const statuses: [string, AwareTranslationKey][] = [
  ['flagged', 'aware:queueStatusFlagged'],
  ['excluded', 'aware:queueStatusExcluded'],
  ['approved', 'aware:queueStatusApproved'],
  ['ok', 'aware:queueStatusOk'],
]
const statusLabels = Object.fromEntries(statuses)

const reasonLabels: Record<string, AwareTranslationKey> = {
  burst: 'aware:queueReasonBurst',
  future: 'aware:queueReasonFuture',
  'identical-answers': 'aware:queueReasonIdentical',
  'outside-period': 'aware:queueReasonOutside',
  'too-fast': 'aware:queueReasonTooFast',
}

const PAGE_SIZE = 50

/**
 * The review queue of one campaign: a page of submissions of the chosen status, each with its
 * reasons, who sent it, where and when; select some or all and approve or exclude them.
 */
export const ReviewQueue: React.FC<{ campaigns: Option[]; partners: Record<string, string> }> = ({
  campaigns,
  partners,
}) => {
  const words = useAdminWords()
  const { language, t } = words
  const [campaign, setCampaign] = useState(campaigns[0]?.value ?? '')
  const [status, setStatus] = useState('flagged')
  const [page, setPage] = useState(1)
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' })
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [notice, setNotice] = useState('')
  const [version, setVersion] = useState(0)

  useEffect(() => {
    if (!campaign) return
    const controller = new AbortController()
    setLoaded({ kind: 'loading' })
    const query = new URLSearchParams({
      campaign,
      limit: String(PAGE_SIZE),
      page: String(page),
      status,
    })
    fetch(`/api/evaluation/review?${query}`, {
      credentials: 'same-origin',
      signal: controller.signal,
    })
      .then(async (response) =>
        setLoaded(
          response.ok
            ? { kind: 'ready', page: (await response.json()) as Page }
            : {
                kind: 'failed',
                message: await apiErrorMessage(response, t('aware:queueReadFailed')),
              },
        ),
      )
      .catch((error: unknown) => {
        if (!controller.signal.aborted) {
          setLoaded({
            kind: 'failed',
            message: t('aware:queueUnreachable', { error: String(error) }),
          })
        }
      })
    setSelected(new Set())
    return () => controller.abort()
  }, [campaign, page, status, t, version])

  const decide = useCallback(
    async (decision: 'approved' | 'excluded') => {
      const submissions = [...selected]
      const response = await fetch('/api/evaluation/review', {
        body: JSON.stringify({ status: decision, submissions }),
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      if (!response.ok) {
        setNotice(await apiErrorMessage(response, t('aware:queueSaveFailed')))
        return
      }
      const { changed } = (await response.json()) as { changed: number }
      setNotice(plural(words, decision === 'approved' ? 'queueApproved' : 'queueExcluded', changed))
      setVersion((value) => value + 1)
    },
    [selected, words],
  )

  if (campaigns.length === 0) {
    return <p className="aware-empty">{t('aware:queueNoCampaigns')}</p>
  }
  const docs = loaded.kind === 'ready' ? loaded.page.docs : []
  const allSelected = docs.length > 0 && docs.every((doc) => selected.has(doc.submission))
  const toggle = (key: string) =>
    setSelected((current) => {
      const next = new Set(current)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })

  return (
    <div className="aware-review">
      <div className="aware-filters">
        <Field label={t('aware:queueCampaign')}>
          {(id) => (
            <select
              id={id}
              onChange={(event) => {
                setCampaign(event.target.value)
                setPage(1)
              }}
              value={campaign}
            >
              {campaigns.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('aware:queueStatus')}>
          {(id) => (
            <select
              id={id}
              onChange={(event) => {
                setStatus(event.target.value)
                setPage(1)
              }}
              value={status}
            >
              {statuses.map(([value, label]) => (
                <option key={value} value={value}>
                  {t(label)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="aware-review__actions">
        <button
          className="btn btn--style-primary btn--size-small"
          disabled={selected.size === 0}
          onClick={() => void decide('approved')}
          type="button"
        >
          {t('aware:queueApprove', { count: formatCount(language, selected.size) })}
        </button>
        <button
          className="btn btn--style-secondary btn--size-small"
          disabled={selected.size === 0}
          onClick={() => void decide('excluded')}
          type="button"
        >
          {t('aware:queueExclude', { count: formatCount(language, selected.size) })}
        </button>
        <p aria-live="polite" className="aware-muted" role="status">
          {notice}
        </p>
      </div>
      {loaded.kind === 'loading' && <p role="status">{t('aware:queueLoading')}</p>}
      {loaded.kind === 'failed' && (
        <p className="aware-error" role="alert">
          {loaded.message}
        </p>
      )}
      {loaded.kind === 'ready' && loaded.page.totalDocs === 0 && (
        <p className="aware-empty">{t('aware:queueEmpty')}</p>
      )}
      {loaded.kind === 'ready' && loaded.page.totalDocs > 0 && (
        <>
          <table className="aware-table">
            <caption className="aware-muted">
              {plural(words, 'queueCaption', loaded.page.totalDocs, {
                page: formatCount(language, loaded.page.page),
                pages: formatCount(language, loaded.page.totalPages),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <input
                    aria-label={t('aware:queueSelectAll')}
                    checked={allSelected}
                    onChange={() =>
                      setSelected(
                        allSelected ? new Set() : new Set(docs.map((doc) => doc.submission)),
                      )
                    }
                    type="checkbox"
                  />
                </th>
                <th scope="col">{t('aware:queueWhy')}</th>
                <th scope="col">{t('aware:queuePhase')}</th>
                <th scope="col">{t('aware:queueTaken')}</th>
                <th scope="col">{t('aware:queueSentBy')}</th>
                <th scope="col">{t('aware:queueWhere')}</th>
                <th scope="col">{t('aware:queueStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {docs.map((doc) => (
                <tr key={doc.submission}>
                  <td>
                    <input
                      aria-label={t('aware:queueSelectOne', {
                        phase: doc.phase,
                        when: formatUtcMoment(language, new Date(doc.occurredAt)),
                      })}
                      checked={selected.has(doc.submission)}
                      onChange={() => toggle(doc.submission)}
                      type="checkbox"
                    />
                  </td>
                  <td>
                    {doc.reasons
                      .map((reason) => (reasonLabels[reason] ? t(reasonLabels[reason]) : reason))
                      .join(language === 'ar' ? '، ' : ', ') || '—'}
                  </td>
                  <td>{doc.phase}</td>
                  <td>
                    <time dateTime={doc.occurredAt}>
                      {formatUtcMoment(language, new Date(doc.occurredAt))}
                    </time>
                  </td>
                  <td>
                    {doc.partner
                      ? (partners[doc.partner] ?? t('aware:queuePartner', { id: doc.partner }))
                      : doc.sender}
                  </td>
                  <td>{`${doc.audience}, ${doc.channel}, ${doc.locale}`}</td>
                  <td>
                    {statusLabels[doc.status] ? t(statusLabels[doc.status]) : doc.status}
                    {doc.reviewedAt ? ` (${doc.reviewedAt.slice(0, 10)})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="aware-review__pages">
            <button
              className="btn btn--style-secondary btn--size-small"
              disabled={page <= 1}
              onClick={() => setPage(page - 1)}
              type="button"
            >
              {t('aware:queuePrevious')}
            </button>
            <button
              className="btn btn--style-secondary btn--size-small"
              disabled={page >= loaded.page.totalPages}
              onClick={() => setPage(page + 1)}
              type="button"
            >
              {t('aware:queueNext')}
            </button>
          </div>
        </>
      )}
    </div>
  )
}
