'use client'

import React, { useState } from 'react'

import type { ReportOverview } from '../../reports/overview/readOverview'

import { dateTime } from '../reports/format'
import { OverviewCampaign } from './OverviewCampaign'
import { overviewUrl } from './overviewUrl'
import { useOverview } from './useOverview'
import './overview.scss'

type Props = {
  adminRoute: string
  /** Editors and administrators can create a campaign; evaluators are told who can. */
  canCreateCampaigns: boolean
  /** A k the reader raised in the address (?k=), handed to the endpoint as it is. */
  k?: string
  page: number
}

const Failed: React.FC<{
  adminRoute: string
  message: string
  onRetry: () => void
  status: null | number
}> = ({ adminRoute, message, onRetry, status }) => (
  <div className="aware-error" data-state="error" role="alert">
    <h2>The reports could not be shown</h2>
    <p>{message}</p>
    {status === 401 ? (
      <p>
        Your session has ended.{' '}
        <a href={`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/reports`)}`}>
          Sign in again
        </a>
        .
      </p>
    ) : status === 403 ? (
      <p>Ask an administrator to give your account the evaluator role.</p>
    ) : status === 400 ? (
      <p>
        The address asks for something the reports do not offer.{' '}
        <a href={`${adminRoute}/reports`}>Open the overview without it</a>.
      </p>
    ) : (
      <p>
        <button
          className="btn btn--style-secondary btn--size-small"
          onClick={onRetry}
          type="button"
        >
          Try again
        </button>{' '}
        If it keeps failing, tell your administrator: the server’s log says why.
      </p>
    )}
  </div>
)

const Empty: React.FC<{ adminRoute: string; canCreateCampaigns: boolean }> = ({
  adminRoute,
  canCreateCampaigns,
}) => (
  <div className="aware-empty" data-state="empty">
    <h2>No campaigns yet</h2>
    <p>
      Once a campaign exists, this page shows for each of its audiences how many people it reached
      and how their knowledge changed, as partner sites, the widget and field uploads send their
      results.
    </p>
    <p>
      {canCreateCampaigns ? (
        <a href={`${adminRoute}/collections/campaigns/create`}>Create a campaign</a>
      ) : (
        'An editor or administrator creates campaigns; ask them to add yours.'
      )}
    </p>
  </div>
)

const Pages: React.FC<{ onPage: (page: number) => void; overview: ReportOverview }> = ({
  onPage,
  overview,
}) =>
  overview.totalPages <= 1 ? null : (
    <nav aria-label="Pages of campaigns" className="aware-overview__pages">
      <button
        className="btn btn--style-secondary btn--size-small"
        disabled={!overview.hasPrevPage}
        onClick={() => onPage(overview.page - 1)}
        type="button"
      >
        Previous
      </button>{' '}
      <span>
        Page {overview.page} of {overview.totalPages} ({overview.totalDocs} campaigns)
      </span>{' '}
      <button
        className="btn btn--style-secondary btn--size-small"
        disabled={!overview.hasNextPage}
        onClick={() => onPage(overview.page + 1)}
        type="button"
      >
        Next
      </button>
    </nav>
  )

/** /admin/reports: every campaign × audience the reader may see, in words, a page at a time. */
export const ReportsOverview: React.FC<Props> = ({
  adminRoute,
  canCreateCampaigns,
  k,
  page: firstPage,
}) => {
  const [page, setPage] = useState(firstPage)
  const [attempt, setAttempt] = useState(0)
  const state = useOverview(overviewUrl({ k, page }), attempt)

  const goTo = (next: number) => {
    setPage(next)
    const url = new URL(window.location.href)
    if (next === 1) url.searchParams.delete('page')
    else url.searchParams.set('page', String(next))
    window.history.replaceState(null, '', url)
  }

  return (
    <div aria-busy={state.kind === 'loading'} aria-live="polite" className="aware-overview">
      {state.kind === 'loading' && (
        <p className="aware-muted" data-state="loading">
          Reading the reports of every campaign… This takes a few seconds with many events.
        </p>
      )}
      {state.kind === 'failed' && (
        <Failed
          adminRoute={adminRoute}
          message={state.message}
          onRetry={() => setAttempt((count) => count + 1)}
          status={state.status}
        />
      )}
      {state.kind === 'ready' && state.overview.totalDocs === 0 && (
        <Empty adminRoute={adminRoute} canCreateCampaigns={canCreateCampaigns} />
      )}
      {state.kind === 'ready' && state.overview.totalDocs > 0 && (
        <Campaigns adminRoute={adminRoute} onPage={goTo} overview={state.overview} />
      )}
    </div>
  )
}

const Campaigns: React.FC<{
  adminRoute: string
  onPage: (page: number) => void
  overview: ReportOverview
}> = ({ adminRoute, onPage, overview }) => {
  const names = new Map(overview.audiences.map(({ name, slug }) => [slug, name]))
  return (
    <>
      <p className="aware-muted" data-state="ready">
        {overview.totalDocs} {overview.totalDocs === 1 ? 'campaign' : 'campaigns'}, as of{' '}
        {dateTime(overview.generatedAt)}. Reach counts unique people; scores are the share of the
        knowledge check answered correctly, before and after the campaign. Groups of fewer than{' '}
        {overview.k} people are hidden to protect them.
      </p>
      {overview.campaigns.length === 0 ? (
        <p data-state="past-last-page">
          There is no page {overview.page}: the last is page {overview.totalPages}.{' '}
          <button
            className="btn btn--style-secondary btn--size-small"
            onClick={() => onPage(1)}
            type="button"
          >
            Go to the first page
          </button>
        </p>
      ) : (
        overview.campaigns.map((report) => (
          <OverviewCampaign
            adminRoute={adminRoute}
            audienceName={(slug) => names.get(slug) ?? slug}
            key={report.campaign.slug}
            report={report}
          />
        ))
      )}
      <Pages onPage={onPage} overview={overview} />
    </>
  )
}
