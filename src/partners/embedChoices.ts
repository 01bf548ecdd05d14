import type { Payload } from 'payload'

import type { Partner } from '../payload-types'

import { idsOf } from '../access/roles'
import { defaultLocale } from '../domain/locales'

export type EmbeddableCampaign = {
  audiences: string[]
  locales: string[]
  slug: string
  title: string
}

export type EmbedChoices = { audiences: string[]; campaigns: EmbeddableCampaign[] }

const translated = (value: unknown): Record<string, string> =>
  typeof value === 'object' && value !== null
    ? Object.fromEntries(
        Object.entries(value).filter(
          (entry): entry is [string, string] =>
            typeof entry[1] === 'string' && entry[1].trim() !== '',
        ),
      )
    : {}

/**
 * What a partner's embed may name: its allowed audiences (by slug), and the published campaigns
 * aimed at one of them, each with the audiences they share and the languages it is written in.
 * The same rule as the delivery API's (publishedForPartnerAudiences), so a snippet never names a
 * campaign the key would be refused.
 */
export const embedChoicesOf = async (payload: Payload, partner: Partner): Promise<EmbedChoices> => {
  const allowed = idsOf(partner.allowedAudiences)
  if (allowed.length === 0) return { audiences: [], campaigns: [] }
  const [{ docs: audienceDocs }, { docs: campaignDocs }] = await Promise.all([
    payload.find({
      collection: 'audiences',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      where: { id: { in: allowed } },
    }),
    payload.find({
      collection: 'campaigns',
      depth: 0,
      draft: false,
      locale: 'all',
      overrideAccess: true,
      pagination: false,
      sort: 'slug',
      where: { and: [{ _status: { equals: 'published' } }, { audiences: { in: allowed } }] },
    }),
  ])
  const slugOf = new Map(audienceDocs.map((audience) => [String(audience.id), audience.slug]))
  const campaigns = campaignDocs.map((doc) => {
    const titles = translated(doc.title)
    return {
      audiences: idsOf(doc.audiences)
        .map((id) => slugOf.get(String(id)))
        .filter((slug): slug is string => slug !== undefined),
      locales: Object.keys(titles),
      slug: doc.slug,
      title: titles[defaultLocale] ?? Object.values(titles)[0] ?? doc.slug,
    }
  })
  return { audiences: [...slugOf.values()].sort(), campaigns }
}
