import type { CellRecord } from '../../store/cellRecord'
import type { CampaignReport } from '../figureTypes'
import type { ReportCampaign } from '../reportCampaign'
import type { ReportRequest } from '../reportQuery'
import type { ReportView } from './reportView'

import { buildCampaignReport } from '../buildCampaignReport'
import { buildSeries } from '../buildSeries'
import { campaignDisclosure } from './disclosurePlan'
import { cellInView } from './reportView'

export type ProtectedReportRequest = Pick<ReportRequest, 'interval' | 'k' | 'quality'> & {
  /** Only this audience (id): its row as the whole report shows it. */
  audience?: string
  /** The deployment's REPORT_MIN_RESPONDENTS: the k no reader goes below. */
  deploymentK: number
  /** Echoed as the report's `filters`. */
  filters: Record<string, string>
  generatedAt?: Date
  /** The one breakdown asked for (viewOf the filters). */
  view: ReportView
}

/**
 * The one way to a report anyone reads (the campaign report, its CSV, the overview): from all of
 * the campaign's cells, the disclosure plan for this request, then the figures of the cells the
 * request selects with that plan applied, and its series (`interval`) interval by interval through
 * the same plan. See docs/evaluation.md, "Small cells and differencing".
 */
export const protectedReport = (
  campaign: ReportCampaign,
  campaignCells: CellRecord[],
  request: ProtectedReportRequest,
): CampaignReport => {
  const audiences = [
    ...new Set([...campaign.audiences, ...campaignCells.map((cell) => cell.audience)]),
  ]
  const disclosure = campaignDisclosure(campaignCells, audiences)
  const asked = { deploymentK: request.deploymentK, k: request.k, mode: request.quality }
  const plan = disclosure.plan({ ...asked, view: request.view })
  // Held cells are kept: their quality counts are the report's whatever the mode.
  const selected = campaignCells.filter((cell) => cellInView(cell, request.view, 'all'))
  const report = buildCampaignReport(campaign, selected, {
    breakdown: request.view.dimension !== null,
    filters: request.filters,
    generatedAt: request.generatedAt,
    k: request.k,
    onlyAudience: request.audience,
    plan,
    quality: request.quality,
  })
  if (request.interval) {
    // Each interval through the same plan, as the report of that interval alone.
    const { view } = request
    report.series = buildSeries(
      selected.filter(
        (cell) => request.audience === undefined || cell.audience === request.audience,
      ),
      disclosure,
      {
        ...asked,
        audience: request.audience,
        breakdown: view.dimension !== null && view.dimension !== 'period',
        interval: request.interval,
        ...(view.dimension === 'period' ? { from: view.from, to: view.to } : {}),
      },
    )
    report.interval = request.interval
  }
  return report
}
