import type { CellRecord } from '../../store/cellRecord'
import type { ReportRequest } from '../reportQuery'
import type { ReportCampaign } from '../reportCampaign'
import type { SplitDimension } from './splittable'

import { MIN_REPORT_K } from '../../../environment'
import { basePlanOf } from '../buildCampaignReport'
import { restrictedBlocks, splittableDimensions } from './splittable'

/** The dimensions by which a report request splits the campaign's data. */
export const dimensionsUsed = ({
  filters,
  quality,
}: Pick<ReportRequest, 'filters' | 'quality'>): SplitDimension[] => [
  ...(filters.from !== undefined || filters.to !== undefined ? (['period'] as const) : []),
  ...(['partner', 'channel', 'locale'] as const).filter((name) => filters[name] !== undefined),
  ...(quality === 'all' ? (['quality'] as const) : []),
]

/**
 * What a report must hide whatever its own k, so that no set of reports recovers a group of
 * fewer than the deployment's k: what the unfiltered report hides (forced), and the blocks the
 * request's filters would split into small atoms (restricted). See docs/evaluation.md,
 * "Small cells and differencing".
 */
export const disclosureOf = (
  campaign: ReportCampaign,
  cells: CellRecord[],
  request: Pick<ReportRequest, 'filters' | 'quality'> & { k: number },
) => {
  const k = Math.max(MIN_REPORT_K, request.k)
  const forced = basePlanOf(campaign, cells, k)
  const used = dimensionsUsed(request)
  const restricted =
    used.length === 0
      ? new Set<never>()
      : restrictedBlocks(splittableDimensions(cells, forced, k), used)
  return { forced, restricted }
}
