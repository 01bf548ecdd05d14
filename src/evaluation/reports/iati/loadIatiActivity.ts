import type { Payload } from 'payload'

import { defaultLocale } from '../../../domain/locales'

/** What an IATI activity needs of a campaign beyond its report. */
export type IatiActivity = {
  /** Audience slug → its name in the default language. */
  audienceNames: Map<string, string>
  identifier: null | string
  period: { end: null | string; start: string }
  summary: null | string
  title: string
}

const day = (value: null | string | undefined) => (value ? value.slice(0, 10) : null)

/** The campaign's IATI identifier, period, summary and audience names (default language). */
export const loadIatiActivity = async (
  payload: Payload,
  campaignId: string,
): Promise<IatiActivity> => {
  const [campaign, audiences] = await Promise.all([
    payload.findByID({
      collection: 'campaigns',
      depth: 0,
      id: campaignId,
      locale: defaultLocale,
      overrideAccess: true,
      select: { iatiIdentifier: true, period: true, summary: true, title: true },
    }),
    payload.find({
      collection: 'audiences',
      depth: 0,
      locale: defaultLocale,
      overrideAccess: true,
      pagination: false,
      select: { name: true, slug: true },
    }),
  ])
  return {
    audienceNames: new Map(audiences.docs.map((audience) => [audience.slug, audience.name])),
    identifier: campaign.iatiIdentifier?.trim() || null,
    period: { end: day(campaign.period?.end), start: day(campaign.period?.start)! },
    summary: campaign.summary?.trim() || null,
    title: campaign.title,
  }
}
