'use client'

import { useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { CampaignReport } from '../../reports/figureTypes'
import type { Option, ReportCampaignOption } from './dashboardTypes'

import { apiErrorMessage } from '../apiErrorMessage'
import { useAwareTranslation } from '../../../admin/i18n/useAwareTranslation'
import { AudienceSection } from './AudienceSection'
import { ComparisonPanel } from './ComparisonPanel'
import { dateTime } from './format'
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
                message: await apiErrorMessage(response, 'The report could not be read'),
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
    return () => controller.abort()
  }, [filters])

  if (campaigns.length === 0) {
    return <p className="aware-empty">No campaign yet: create or import one to see its reports.</p>
  }
  const campaign = campaigns.find((option) => option.slug === filters.campaign)
  const audienceName = (slug: null | string) =>
    slug === null
      ? 'All audiences'
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
        Export these figures:{' '}
        <a download href={reportUrl(filters, 'csv')}>
          CSV
        </a>{' '}
        ·{' '}
        <a download href={reportUrl(filters, 'xlsx')}>
          Excel workbook
        </a>{' '}
        ·{' '}
        <a href={reportUrl(filters)} rel="noreferrer" target="_blank">
          JSON
        </a>{' '}
        · Donor summary:{' '}
        <a href={summaryUrl(filters)} rel="noreferrer" target="_blank">
          printable page
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
        {loaded.kind === 'loading' && <p className="aware-muted">Reading the report…</p>}
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
  return (
    <div className="aware-empty" data-state="empty">
      <h3>No figures yet</h3>
      <p>
        Fewer than {k} people have been reached with these filters, perhaps none, and figures are
        only shown for groups of at least {k}, to protect respondents.
      </p>
      <p>
        Figures appear as partner sites and the widget send events for this campaign, and when a
        workshop&apos;s paper answers are entered under{' '}
        <a href={`${admin}/field-upload`}>Field upload</a>. If you expected figures: widen the
        period or clear a filter; check that the campaign is published and its period has begun; and
        check that its partners have an active key (
        <a href={`${admin}/collections/partners`}>Partners</a>).
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
  if (report.total.suppressed) {
    return <NoFiguresYet k={report.k} />
  }
  const rows = report.audiences.length > 1 ? [report.total, ...report.audiences] : report.audiences
  return (
    <div className="aware-report">
      <p className="aware-muted">
        {report.campaign.title}. Generated {dateTime(report.generatedAt)}; groups of fewer than{' '}
        {report.k} respondents are suppressed. Scores are shares of items answered correctly.
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
