import type { Payload } from 'payload'

import type { ReportCampaign } from '../reportCampaign'
import type { DonorSummary } from './donorSummary'
import type { SummaryRequest } from './summaryQuery'

import { defaultLocale } from '../../../domain/locales'
import { audienceNamesOf } from '../audienceNames'
import { readCampaignReport } from '../readCampaignReport'
import { donorSummary } from './donorSummary'

export type CampaignSummaryOutcome =
  | { campaign: ReportCampaign; kind: 'summary'; summary: DonorSummary }
  | { kind: 'refused'; message: string; status: 400 | 404 }

/**
 * The donor summary of one campaign: the protected report (readCampaignReport, the operation
 * behind every report answer) put into words, with the names and the objectives it mentions.
 */
export const readCampaignSummary = async (
  payload: Payload,
  idOrSlug: string,
  { deploymentK, filters, k, quality }: Omit<SummaryRequest, 'format'> & { deploymentK?: number },
): Promise<CampaignSummaryOutcome> => {
  const outcome = await readCampaignReport(payload, idOrSlug, {
    deploymentK,
    filters,
    k,
    quality,
  })
  if (outcome.kind === 'refused') return outcome
  const { campaign, report } = outcome
  const [content, audienceNames, partner] = await Promise.all([
    payload.findByID({
      collection: 'campaigns',
      depth: 0,
      id: campaign.id,
      locale: defaultLocale,
      overrideAccess: true,
      select: { period: true, summary: true },
    }),
    audienceNamesOf(payload),
    filters.partner === undefined
      ? null
      : payload.findByID({
          collection: 'partners',
          depth: 0,
          disableErrors: true,
          id: filters.partner,
          overrideAccess: true,
          select: { organisation: true },
        }),
  ])
  const objectives = new Map(
    [...campaign.objectives].flatMap(([audienceId, objective]) => {
      const slug = campaign.audienceSlugs.get(audienceId)
      return slug === undefined ? [] : [[slug, objective] as const]
    }),
  )
  const summary = donorSummary(report, {
    audienceNames,
    objectives,
    partnerName: partner?.organisation ?? null,
    period: content.period ?? {},
    summary: content.summary ?? null,
  })
  return { campaign, kind: 'summary', summary }
}
