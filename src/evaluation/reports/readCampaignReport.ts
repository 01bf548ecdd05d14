import type { Payload } from 'payload'

import type { CampaignReport } from './figureTypes'
import type { ReportCampaign } from './reportCampaign'
import type { ReportRequest } from './reportQuery'

import { eventStoreFor } from '../store/eventStoreFor'
import { buildCampaignReport } from './buildCampaignReport'
import { buildSeries } from './buildSeries'
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
 * The report of one campaign for a checked request, small cells suppressed: the one operation
 * behind every report answer (JSON, CSV), so whatever protects a figure protects it everywhere.
 * Refuses, with words, an unknown campaign or an audience the campaign does not speak to.
 */
export const readCampaignReport = async (
  payload: Payload,
  idOrSlug: string,
  { filters, interval, k, quality }: Pick<ReportRequest, 'filters' | 'interval' | 'k' | 'quality'>,
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
  const cells = await eventStoreFor(payload).readCells({
    ...filters,
    audience,
    campaign: campaign.id,
  })
  const report = buildCampaignReport(campaign, cells, {
    filters: givenFilters(filters),
    k,
    onlyAudience: audience,
    quality,
  })
  if (interval) {
    // The series is protected like the rows: intervals under k hidden, secondarily too.
    report.series = buildSeries(cells, {
      from: filters.from,
      includeHeld: quality === 'all',
      interval,
      k,
      to: filters.to,
    })
    report.interval = interval
  }
  return { campaign, kind: 'report', report }
}
