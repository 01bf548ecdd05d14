'use client'

import React, { useState } from 'react'

import type { ReportOverview } from '../../reports/overview/readOverview'

import { plural } from '../../../admin/i18n/plural'
import { rich } from '../../../admin/i18n/rich'
import { useAdminWords } from '../../../admin/i18n/useAdminWords'
import { useFigureFormat } from '../reports/useFigureFormat'
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
}> = ({ adminRoute, message, onRetry, status }) => {
  const { t } = useAdminWords()
  return (
    <div className="aware-error" data-state="error" role="alert">
      <h2>{t('aware:overviewFailedTitle')}</h2>
      <p>{message}</p>
      {status === 401 ? (
        <p>
          {rich(t('aware:overviewSessionEnded'), {
            link: (
              <a
                href={`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/reports`)}`}
              >
                {t('aware:overviewSignInAgain')}
              </a>
            ),
          })}
        </p>
      ) : status === 403 ? (
        <p>{t('aware:overviewAskRole')}</p>
      ) : status === 400 ? (
        <p>
          {rich(t('aware:overviewBadAddress'), {
            link: <a href={`${adminRoute}/reports`}>{t('aware:overviewOpenWithout')}</a>,
          })}
        </p>
      ) : (
        <p>
          <button
            className="btn btn--style-secondary btn--size-small"
            onClick={onRetry}
            type="button"
          >
            {t('aware:overviewTryAgain')}
          </button>{' '}
          {t('aware:overviewKeepsFailing')}
        </p>
      )}
    </div>
  )
}

const Empty: React.FC<{ adminRoute: string; canCreateCampaigns: boolean }> = ({
  adminRoute,
  canCreateCampaigns,
}) => {
  const { t } = useAdminWords()
  return (
    <div className="aware-empty" data-state="empty">
      <h2>{t('aware:overviewEmptyTitle')}</h2>
      <p>{t('aware:overviewEmptyText')}</p>
      <p>
        {canCreateCampaigns ? (
          <a href={`${adminRoute}/collections/campaigns/create`}>{t('aware:overviewCreate')}</a>
        ) : (
          t('aware:overviewAskEditor')
        )}
      </p>
    </div>
  )
}

const Pages: React.FC<{ onPage: (page: number) => void; overview: ReportOverview }> = ({
  onPage,
  overview,
}) => {
  const words = useAdminWords()
  const { t } = words
  const { count } = useFigureFormat().format
  return overview.totalPages <= 1 ? null : (
    <nav aria-label={t('aware:overviewPages')} className="aware-overview__pages">
      <button
        className="btn btn--style-secondary btn--size-small"
        disabled={!overview.hasPrevPage}
        onClick={() => onPage(overview.page - 1)}
        type="button"
      >
        {t('aware:overviewPrevious')}
      </button>{' '}
      <span>
        {plural(words, 'overviewPageOf', overview.totalDocs, {
          page: count(overview.page),
          pages: count(overview.totalPages),
        })}
      </span>{' '}
      <button
        className="btn btn--style-secondary btn--size-small"
        disabled={!overview.hasNextPage}
        onClick={() => onPage(overview.page + 1)}
        type="button"
      >
        {t('aware:overviewNext')}
      </button>
    </nav>
  )
}

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
  const { t } = useAdminWords()

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
          {t('aware:overviewLoading')}
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
  const { format, words } = useFigureFormat()
  const { t } = words
  return (
    <>
      <p className="aware-muted" data-state="ready">
        {plural(words, 'overviewIntro', overview.totalDocs, {
          k: format.count(overview.k),
          when: format.dateTime(overview.generatedAt),
        })}
      </p>
      {overview.campaigns.length === 0 ? (
        <p data-state="past-last-page">
          {t('aware:overviewNoPage', {
            last: format.count(overview.totalPages),
            page: format.count(overview.page),
          })}{' '}
          <button
            className="btn btn--style-secondary btn--size-small"
            onClick={() => onPage(1)}
            type="button"
          >
            {t('aware:overviewFirstPage')}
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
