import type { Payload, TypeWithVersion } from 'payload'

import type { Campaign } from '../../payload-types'

export type CampaignVersion = TypeWithVersion<Campaign> & { autosave?: boolean | null }

/**
 * The newest stored version of a campaign in every language: its latest draft or autosave, or,
 * when nothing was changed since, what was published. Null when there is no such campaign.
 */
export const latestVersionOf = async (
  payload: Payload,
  campaign: number | string,
): Promise<CampaignVersion | null> => {
  const { docs } = await payload.findVersions({
    collection: 'campaigns',
    depth: 0,
    limit: 1,
    locale: 'all',
    overrideAccess: true,
    pagination: false,
    sort: '-updatedAt',
    where: { parent: { equals: campaign } },
  })
  return (docs[0] as CampaignVersion | undefined) ?? null
}

/** One stored version by its id, or null when it is gone (versions beyond maxPerDoc are). */
export const versionById = async (
  payload: Payload,
  version: number | string,
): Promise<CampaignVersion | null> => {
  const { docs } = await payload.findVersions({
    collection: 'campaigns',
    depth: 0,
    limit: 1,
    locale: 'all',
    overrideAccess: true,
    pagination: false,
    where: { id: { equals: version } },
  })
  return (docs[0] as CampaignVersion | undefined) ?? null
}

/** Same campaign whatever the adapter's id type (numbers in SQL, strings in MongoDB). */
export const sameId = (a: unknown, b: unknown): boolean =>
  (typeof a === 'number' || typeof a === 'string') && String(a) === String(b)
