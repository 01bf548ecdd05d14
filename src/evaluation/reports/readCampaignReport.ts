import type { Payload } from 'payload'

import type { CampaignReport } from './figureTypes'
import type { ReportCampaign } from './reportCampaign'
import type { ReportRequest } from './reportQuery'

import { settingsOf } from '../../settingsOf'
import { eventStoreFor } from '../store/eventStoreFor'
import { compareReports } from './comparison/compareReports'
import { protectedReport } from './disclosure/protectedReport'
import { viewOf } from './disclosure/reportView'
import { loadReportCampaign } from './reportCampaign'

export type CampaignReportOutcome =
  | { campaign: ReportCampaign; kind: 'report'; report: CampaignReport }
  | { kind: 'refused'; message: string; status: 400 | 404 }

/** The filters a report was asked for, as its `filters` echo shows them (set ones only). */
const givenFilters = (filters: ReportRequest['filters']): Record<string, string> =>
  Object.fromEntries(
    Object.entries(filters).filter((entry): entry is [string, string] => entry[1] !== undefined),
  )

/**
 * The report of one campaign for a checked request, small cells suppressed and protected against
 * differencing (disclosure/protectedReport.ts): the one operation behind every report answer
 * (JSON, CSV), so whatever protects a figure protects it everywhere.
 * Refuses, with words, an unknown campaign or an audience the campaign does not speak to.
 */
export const readCampaignReport = async (
  payload: Payload,
  idOrSlug: string,
  {
    compare,
    deploymentK = settingsOf(payload).reportMinRespondents,
    filters,
    interval,
    k,
    quality,
  }: Pick<ReportRequest, 'compare' | 'filters' | 'interval' | 'k' | 'quality'> & {
    /** The deployment's REPORT_MIN_RESPONDENTS (the instance's setting unless given). */
    deploymentK?: number
  },
): Promise<CampaignReportOutcome> => {
  const campaign = await loadReportCampaign(payload, idOrSlug)
  if (!campaign) {
    return {
      kind: 'refused',
      message: `No campaign has the id or slug "${idOrSlug}".`,
      status: 404,
    }
  }
  let audience: string | undefined
  if (filters.audience !== undefined) {
    audience = [...campaign.audienceSlugs].find(([, slug]) => slug === filters.audience)?.[0]
    if (audience === undefined) {
      return {
        kind: 'refused',
        message: `"audience" "${filters.audience}" is not a known audience slug.`,
        status: 400,
      }
    }
  }
  // Every cell of the campaign: what one request may show depends on all of them.
  const cells = await eventStoreFor(payload).readCells({ campaign: campaign.id })
  const echoed = givenFilters(filters)
  const report = protectedReport(campaign, cells, {
    audience,
    deploymentK,
    filters: compare ? { ...echoed, compareFrom: compare.from, compareTo: compare.to } : echoed,
    interval,
    k,
    quality,
    view: viewOf(filters),
  })
  if (compare) {
    // The second period through the same plan, from the same cells: exactly what the report
    // asked for on that period alone shows (docs/evaluation.md, "Comparing two periods").
    const other = protectedReport(campaign, cells, {
      audience,
      deploymentK,
      filters: { ...(filters.audience ? { audience: filters.audience } : {}), ...compare },
      k,
      quality,
      view: { dimension: 'period', ...compare },
    })
    report.comparison = compareReports(report, other, compare)
  }
  return { campaign, kind: 'report', report }
}
