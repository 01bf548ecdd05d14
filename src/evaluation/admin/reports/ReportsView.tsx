import type { AdminViewServerProps, Payload, PayloadRequest, TypedUser } from 'payload'

import React from 'react'

import type { Option, ReportCampaignOption } from './dashboardTypes'

import { canReadReports } from '../../../access/canReadReports'
import { checkRole } from '../../../access/roles'
import { awareT } from '../../../admin/i18n/awareT'
import { EvaluationPage } from '../EvaluationPage'
import { ReportsOverview } from '../overview/ReportsOverview'
import { ReportDashboard } from './ReportDashboard'
import { filterNames } from './reportFilters'

/** Localized fields read with locale 'all' are objects by locale: their keys with text. */
const writtenLocales = (title: unknown): string[] =>
  typeof title === 'object' && title !== null
    ? Object.entries(title)
        .filter(([, text]) => typeof text === 'string' && text !== '')
        .map(([code]) => code)
    : []

/** The knowledge check's question per item key, as the populated campaign carries it. */
const questionsOf = (check: unknown): Record<string, string> =>
  typeof check === 'object' && check !== null && 'items' in check && Array.isArray(check.items)
    ? Object.fromEntries(
        (check.items as { key?: unknown; question?: unknown }[]).flatMap((item) =>
          typeof item.key === 'string' && typeof item.question === 'string'
            ? [[item.key, item.question]]
            : [],
        ),
      )
    : {}

const loadOptions = async (
  payload: Payload,
  user: TypedUser,
  /** The reader's content language (the admin's locale switcher); questions are read in it. */
  locale: PayloadRequest['locale'],
): Promise<{ campaigns: ReportCampaignOption[]; partners: Option[] }> => {
  const [campaigns, titles, partners] = await Promise.all([
    payload.find({
      collection: 'campaigns',
      depth: 1,
      draft: true,
      limit: 0,
      locale,
      overrideAccess: false,
      pagination: false,
      populate: { assessments: { items: true }, audiences: { name: true, slug: true } },
      select: { audiences: true, channels: true, knowledgeCheck: true, slug: true, title: true },
      sort: 'title',
      user,
    }),
    payload.find({
      collection: 'campaigns',
      depth: 0,
      draft: true,
      limit: 0,
      locale: 'all',
      overrideAccess: false,
      pagination: false,
      select: { title: true },
      user,
    }),
    payload.find({
      collection: 'partners',
      depth: 0,
      limit: 0,
      overrideAccess: false,
      pagination: false,
      select: { organisation: true },
      sort: 'organisation',
      user,
    }),
  ])
  const localesById = new Map(titles.docs.map((doc) => [doc.id, writtenLocales(doc.title)]))
  return {
    campaigns: campaigns.docs.map((campaign) => ({
      audiences: campaign.audiences.flatMap((audience) =>
        typeof audience === 'object' ? [{ name: audience.name, slug: audience.slug }] : [],
      ),
      channels: [...(campaign.channels ?? [])],
      locales: localesById.get(campaign.id) ?? [],
      questions: questionsOf(campaign.knowledgeCheck),
      slug: campaign.slug,
      title: campaign.title,
    })),
    partners: partners.docs.map((partner) => ({
      label: partner.organisation,
      value: String(partner.id),
    })),
  }
}

const single = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

/**
 * /admin/reports: the overview of every campaign and audience; with ?campaign= one campaign's
 * report with its filters, for evaluators.
 */
export const ReportsView = async (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const t = awareT(req.i18n)
  const searchParams = props.searchParams ?? {}
  const campaign = single(searchParams.campaign)
  if (campaign === undefined) {
    const page = Number(single(searchParams.page) ?? '1')
    return (
      <EvaluationPage
        {...props}
        description={t('aware:reportsOverviewDescription')}
        path="/reports"
        title={t('aware:navReports')}
      >
        <ReportsOverview
          adminRoute={req.payload.config.routes.admin}
          canCreateCampaigns={checkRole(req.user, ['admin', 'editor'])}
          k={single(searchParams.k)}
          page={Number.isInteger(page) && page >= 1 ? page : 1}
        />
      </EvaluationPage>
    )
  }
  const options =
    req.user && canReadReports(req.user)
      ? await loadOptions(req.payload, req.user, req.locale)
      : { campaigns: [], partners: [] }
  return (
    <EvaluationPage
      {...props}
      description={t('aware:reportsCampaignDescription')}
      path={`/reports?campaign=${encodeURIComponent(campaign)}`}
      title={t('aware:navReports')}
    >
      <p className="aware-overview__back">
        <a href={`${req.payload.config.routes.admin}/reports`}>{t('aware:reportsAllCampaigns')}</a>
      </p>
      <ReportDashboard
        campaigns={options.campaigns}
        canExportSubmissions={checkRole(req.user, ['admin'])}
        initial={Object.fromEntries(filterNames.map((name) => [name, single(searchParams[name])]))}
        partners={options.partners}
      />
    </EvaluationPage>
  )
}
