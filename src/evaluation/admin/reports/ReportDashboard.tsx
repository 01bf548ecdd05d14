'use client'

import { useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { CampaignReport } from '../../reports/figureTypes'
import type { Option, ReportCampaignOption } from './dashboardTypes'

import { rich } from '../../../admin/i18n/rich'
import { useAwareTranslation } from '../../../admin/i18n/useAwareTranslation'
import { apiErrorMessage } from '../apiErrorMessage'
import { AudienceSection } from './AudienceSection'
import { ComparisonPanel } from './ComparisonPanel'
import {
  type filterNames,
  type ReportFilters,
  reportUrl,
  submissionsUrl,
  summaryUrl,
  viewSearch,
} from './reportFilters'
import { ReportFiltersForm } from './ReportFiltersForm'
import { SeriesPanel } from './SeriesPanel'
import { useFigureFormat } from './useFigureFormat'

type Loaded =
  | { kind: 'failed'; message: string }
  | { kind: 'loading' }
  | { kind: 'ready'; report: CampaignReport }

/** The evaluator's dashboard: filters, export links and the report, read from the report API. */
export const ReportDashboard: React.FC<{
  campaigns: ReportCampaignOption[]
  /** Administrators may download the de-identified submissions (the API refuses anyone else). */
  canExportSubmissions?: boolean
  /** The filters of the view's address (?campaign=&audience=…), when they fit the options. */
  initial?: Partial<Record<(typeof filterNames)[number], string>>
  partners: Option[]
}> = ({ campaigns, canExportSubmissions = false, initial = {}, partners }) => {
  const { t } = useAwareTranslation()
  const linked = campaigns.find((option) => option.slug === initial.campaign)
  const [filters, setFilters] = useState<ReportFilters>({
    audience:
      linked?.audiences.some((audience) => audience.slug === initial.audience) && initial.audience
        ? initial.audience
        : '',
    campaign: linked?.slug ?? campaigns[0]?.slug ?? '',
    channel: initial.channel ?? '',
    compareFrom: initial.compareFrom ?? '',
    compareTo: initial.compareTo ?? '',
    from: initial.from ?? '',
    interval: initial.interval === 'day' ? 'day' : 'week',
    locale: initial.locale ?? '',
    partner: initial.partner ?? '',
    quality: initial.quality === 'all' ? 'all' : '',
    to: initial.to ?? '',
  })
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' })

  useEffect(() => {
    if (!filters.campaign) return
    // Every filter in the address: the view can be shared and reopened as it is.
    window.history.replaceState(null, '', viewSearch(filters))
    const controller = new AbortController()
    setLoaded({ kind: 'loading' })
    fetch(reportUrl(filters), { credentials: 'same-origin', signal: controller.signal })
      .then(async (response) =>
        setLoaded(
          response.ok
            ? { kind: 'ready', report: (await response.json()) as CampaignReport }
            : {
                kind: 'failed',
                message: await apiErrorMessage(response, t('aware:reportFailed')),
              },
        ),
      )
      .catch((error: unknown) => {
        if (!controller.signal.aborted) {
          setLoaded({
            kind: 'failed',
            message: t('aware:reportUnreachable', { error: String(error) }),
          })
        }
      })
    return () => controller.abort()
  }, [filters, t])

  if (campaigns.length === 0) {
    return <p className="aware-empty">{t('aware:reportNoCampaign')}</p>
  }
  const campaign = campaigns.find((option) => option.slug === filters.campaign)
  const audienceName = (slug: null | string) =>
    slug === null
      ? t('aware:comparisonAllAudiences')
      : (campaign?.audiences.find((audience) => audience.slug === slug)?.name ?? slug)

  return (
    <div className="aware-dashboard">
      <ReportFiltersForm
        campaigns={campaigns}
        filters={filters}
        onChange={setFilters}
        partners={partners}
      />
      <p className="aware-exports">
        {t('aware:reportExports')}{' '}
        <a download href={reportUrl(filters, 'csv')}>
          CSV
        </a>{' '}
        ·{' '}
        <a download href={reportUrl(filters, 'xlsx')}>
          {t('aware:reportExcel')}
        </a>{' '}
        ·{' '}
        <a href={reportUrl(filters)} rel="noreferrer" target="_blank">
          JSON
        </a>{' '}
        · {t('aware:reportDonorSummary')}{' '}
        <a href={summaryUrl(filters)} rel="noreferrer" target="_blank">
          {t('aware:reportPrintable')}
        </a>{' '}
        ·{' '}
        <a download href={summaryUrl(filters, 'pdf')}>
          PDF
        </a>
      </p>
      {canExportSubmissions && (
        <p className="aware-exports" data-export="submissions">
          {t('aware:submissionExport')}{' '}
          <a download href={submissionsUrl(filters, 'data')}>
            {t('aware:submissionExportData')}
          </a>{' '}
          ·{' '}
          <a download href={submissionsUrl(filters, 'codebook')}>
            {t('aware:submissionExportCodebook')}
          </a>
        </p>
      )}
      <div aria-busy={loaded.kind === 'loading'} aria-live="polite">
        {loaded.kind === 'loading' && <p className="aware-muted">{t('aware:reportReading')}</p>}
        {loaded.kind === 'failed' && (
          <p className="aware-error" role="alert">
            {loaded.message}
          </p>
        )}
        {loaded.kind === 'ready' && (
          <Report
            audienceName={audienceName}
            interval={filters.interval}
            questions={campaign?.questions ?? {}}
            report={loaded.report}
          />
        )}
      </div>
    </div>
  )
}

/** A campaign, or these filters, with too few respondents: what to check in a real deployment. */
const NoFiguresYet: React.FC<{ k: number }> = ({ k }) => {
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  const { t } = useAwareTranslation()
  return (
    <div className="aware-empty" data-state="empty">
      <h3>{t('aware:reportNoFigures')}</h3>
      <p>{t('aware:reportNoFiguresWhy', { k: String(k) })}</p>
      <p>
        {rich(t('aware:reportNoFiguresWhat'), {
          fieldUpload: <a href={`${admin}/field-upload`}>{t('aware:navFieldUpload')}</a>,
          partners: <a href={`${admin}/collections/partners`}>{t('aware:partnerPlural')}</a>,
        })}
      </p>
    </div>
  )
}

const Report: React.FC<{
  audienceName: (slug: null | string) => string
  interval: ReportFilters['interval']
  questions: Record<string, string>
  report: CampaignReport
}> = ({ audienceName, interval, questions, report }) => {
  const { format, words } = useFigureFormat()
  if (report.total.suppressed) {
    return <NoFiguresYet k={report.k} />
  }
  const rows = report.audiences.length > 1 ? [report.total, ...report.audiences] : report.audiences
  return (
    <div className="aware-report">
      <p className="aware-muted" data-figure="generated">
        {words.t('aware:reportGenerated', {
          campaign: report.campaign.title,
          k: format.count(report.k),
          when: format.dateTime(report.generatedAt),
        })}
      </p>
      {report.series && <SeriesPanel interval={interval} k={report.k} series={report.series} />}
      {report.comparison && (
        <ComparisonPanel
          audienceName={audienceName}
          comparison={report.comparison}
          period={report.filters}
        />
      )}
      {rows.map((row) => (
        <AudienceSection
          k={report.k}
          key={row.audience ?? 'total'}
          label={audienceName(row.audience)}
          questions={questions}
          row={row}
        />
      ))}
    </div>
  )
}
