'use client'

import React, { useCallback, useEffect, useState } from 'react'

import type { ReviewItem } from '../../review/reviewItem'
import type { Option } from '../reports/dashboardTypes'

import { apiErrorMessage } from '../apiErrorMessage'
import { Field } from '../Field'

type Page = { docs: ReviewItem[]; page: number; totalDocs: number; totalPages: number }

type Loaded =
  { kind: 'failed'; message: string } | { kind: 'loading' } | { kind: 'ready'; page: Page }

const statuses: Option[] = [
  { label: 'Flagged, awaiting review', value: 'flagged' },
  { label: 'Excluded', value: 'excluded' },
  { label: 'Approved', value: 'approved' },
  { label: 'Not flagged', value: 'ok' },
]

const reasonLabels: Record<string, string> = {
  burst: 'burst from one sender',
  future: 'taken in the future',
  'identical-answers': 'identical answers in a burst',
  'outside-period': 'outside the campaign’s period',
  'too-fast': 'too fast',
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
                message: await apiErrorMessage(response, 'The list could not be read'),
              },
        ),
      )
      .catch((error: unknown) => {
        if (!controller.signal.aborted) {
          setLoaded({
            kind: 'failed',
            message: `The server could not be reached (${String(error)}).`,
          })
        }
      })
    setSelected(new Set())
    return () => controller.abort()
  }, [campaign, page, status, version])

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
        setNotice(await apiErrorMessage(response, 'The decision could not be saved'))
        return
      }
      const { changed } = (await response.json()) as { changed: number }
      setNotice(
        `${changed} submission${changed === 1 ? '' : 's'} ${decision === 'approved' ? 'approved: reports now count them' : 'excluded: reports leave them out'}.`,
      )
      setVersion((value) => value + 1)
    },
    [selected],
  )

  if (campaigns.length === 0) {
    return <p className="aware-empty">There are no campaigns yet.</p>
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
        <Field label="Campaign">
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
        <Field label="Status">
          {(id) => (
            <select
              id={id}
              onChange={(event) => {
                setStatus(event.target.value)
                setPage(1)
              }}
              value={status}
            >
              {statuses.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
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
          Approve selected ({selected.size})
        </button>
        <button
          className="btn btn--style-secondary btn--size-small"
          disabled={selected.size === 0}
          onClick={() => void decide('excluded')}
          type="button"
        >
          Exclude selected ({selected.size})
        </button>
        <p aria-live="polite" className="aware-muted" role="status">
          {notice}
        </p>
      </div>
      {loaded.kind === 'loading' && <p role="status">Loading…</p>}
      {loaded.kind === 'failed' && (
        <p className="aware-error" role="alert">
          {loaded.message}
        </p>
      )}
      {loaded.kind === 'ready' && loaded.page.totalDocs === 0 && (
        <p className="aware-empty">Nothing here: no submission of this campaign has this status.</p>
      )}
      {loaded.kind === 'ready' && loaded.page.totalDocs > 0 && (
        <>
          <table className="aware-table">
            <caption className="aware-muted">
              {loaded.page.totalDocs} submission{loaded.page.totalDocs === 1 ? '' : 's'}, page{' '}
              {loaded.page.page} of {loaded.page.totalPages}
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <input
                    aria-label="Select all on this page"
                    checked={allSelected}
                    onChange={() =>
                      setSelected(
                        allSelected ? new Set() : new Set(docs.map((doc) => doc.submission)),
                      )
                    }
                    type="checkbox"
                  />
                </th>
                <th scope="col">Why</th>
                <th scope="col">Phase</th>
                <th scope="col">Taken</th>
                <th scope="col">Sent by</th>
                <th scope="col">Audience, channel, language</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {docs.map((doc) => (
                <tr key={doc.submission}>
                  <td>
                    <input
                      aria-label={`Select the ${doc.phase} check taken ${doc.occurredAt}`}
                      checked={selected.has(doc.submission)}
                      onChange={() => toggle(doc.submission)}
                      type="checkbox"
                    />
                  </td>
                  <td>
                    {doc.reasons.map((reason) => reasonLabels[reason] ?? reason).join(', ') || '—'}
                  </td>
                  <td>{doc.phase}</td>
                  <td>
                    <time dateTime={doc.occurredAt}>
                      {doc.occurredAt.replace('T', ' ').slice(0, 19)}
                    </time>
                  </td>
                  <td>
                    {doc.partner ? (partners[doc.partner] ?? `partner ${doc.partner}`) : doc.sender}
                  </td>
                  <td>{`${doc.audience}, ${doc.channel}, ${doc.locale}`}</td>
                  <td>
                    {doc.status}
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
              Previous page
            </button>
            <button
              className="btn btn--style-secondary btn--size-small"
              disabled={page >= loaded.page.totalPages}
              onClick={() => setPage(page + 1)}
              type="button"
            >
              Next page
            </button>
          </div>
        </>
      )}
    </div>
  )
}
