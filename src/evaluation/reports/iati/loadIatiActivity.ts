import type { Payload } from 'payload'

import { defaultLocale } from '../../../domain/locales'
import { audienceNamesOf } from '../audienceNames'

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
  const [campaign, audienceNames] = await Promise.all([
    payload.findByID({
      collection: 'campaigns',
      depth: 0,
      id: campaignId,
      locale: defaultLocale,
      overrideAccess: true,
      select: { iatiIdentifier: true, period: true, summary: true, title: true },
    }),
    audienceNamesOf(payload),
  ])
  return {
    audienceNames,
    identifier: campaign.iatiIdentifier?.trim() || null,
    period: { end: day(campaign.period?.end), start: day(campaign.period?.start)! },
    summary: campaign.summary?.trim() || null,
    title: campaign.title,
  }
}
