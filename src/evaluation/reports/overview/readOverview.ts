import type { Payload } from 'payload'

import type { CampaignReport } from '../figureTypes'
import type { OverviewRequest } from './overviewQuery'

import { defaultLocale } from '../../../domain/locales'
import { audienceNamesOf } from '../audienceNames'
import { readCampaignReport } from '../readCampaignReport'

/** One page of the overview: every campaign's whole report, as GET /api/reports/campaigns gives it. */
export type ReportOverview = {
  /** The names of the audiences the reports mention, by slug. */
  audiences: { name: string; slug: string }[]
  campaigns: CampaignReport[]
  generatedAt: string
  hasNextPage: boolean
  hasPrevPage: boolean
  k: number
  limit: number
  page: number
  totalDocs: number
  totalPages: number
}

/**
 * Each campaign of the page reported exactly as its own report is without filters (same cells,
 * same k, same suppression), so the overview reveals nothing the campaign reports do not.
 */
export const readOverview = async (
  payload: Payload,
  { k, limit, page }: OverviewRequest,
  now = new Date(),
): Promise<ReportOverview> => {
  const listed = await payload.find({
    collection: 'campaigns',
    depth: 0,
    limit,
    locale: defaultLocale,
    overrideAccess: true,
    page,
    select: { slug: true },
    sort: 'title',
  })
  // Past the last page Payload counts nothing; the reader still needs to know how many there are.
  const totalDocs =
    listed.docs.length === 0 && page > 1
      ? (await payload.count({ collection: 'campaigns', overrideAccess: true })).totalDocs
      : listed.totalDocs
  const campaigns = await Promise.all(
    listed.docs.map(async ({ slug }) => {
      // Through the campaign report's own operation: the overview shows nothing it would not.
      const outcome = await readCampaignReport(payload, slug, {
        filters: {},
        k,
        quality: 'default',
      })
      return outcome.kind === 'report' ? outcome.report : null
    }),
  )
  const reports = campaigns.filter((report): report is CampaignReport => report !== null)
  const mentioned = new Set(
    reports.flatMap((report) => report.audiences.map((row) => row.audience ?? '')),
  )
  const audienceNames = await audienceNamesOf(payload)
  return {
    audiences: [...audienceNames]
      .filter(([slug]) => mentioned.has(slug))
      .map(([slug, name]) => ({ name, slug })),
    campaigns: reports,
    generatedAt: now.toISOString(),
    hasNextPage: page * limit < totalDocs,
    hasPrevPage: page > 1,
    k,
    limit,
    page,
    totalDocs,
    totalPages: Math.ceil(totalDocs / limit),
  }
}
