import type { Payload, Where } from 'payload'

import type { Assessment, Audience, Campaign } from '../../payload-types'

import { onChange } from '../../cache/changeFeed'
import { LoadingCache } from '../../cache/loadingCache'

/** What ingestion needs to know about a campaign an event names. */
export type CampaignTarget = {
  /** Audience slug → id, for the campaign's own audiences. */
  audiences: Map<string, string>
  id: string
  knowledgeCheck: { id: string; slug: string } | null
  /** First and last day (ISO dates as stored); submissions outside them are flagged. */
  period: { end: null | string; start: null | string }
  published: boolean
  slug: string
}

/**
 * Campaigns by the id or slug events name them with. An unpublished (or newly published) campaign
 * is noticed within this lifetime; a batch posted per page view would otherwise ask the
 * database for its campaign every time.
 */
const CAMPAIGN_TTL_MS = 10_000
const targets = new LoadingCache<string, CampaignTarget | null>({
  max: 1000,
  ttlMs: CAMPAIGN_TTL_MS,
})

export const forgetCampaignTargets = (): void => targets.clear()

// A campaign published, unpublished or edited on any instance (changeFeed.ts).
onChange('content', forgetCampaignTargets)

const refOf = (reference: number | string) => String(reference)

const looksLikeId = (payload: Payload, reference: string) =>
  payload.db.defaultIDType === 'number' ? /^\d+$/.test(reference) : /^[0-9a-f]{24}$/.test(reference)

const targetOf = (
  campaign: Pick<Campaign, '_status' | 'audiences' | 'id' | 'knowledgeCheck' | 'period' | 'slug'>,
): CampaignTarget => {
  const audiences = new Map<string, string>()
  for (const audience of campaign.audiences) {
    if (typeof audience === 'object')
      audiences.set((audience as Audience).slug, String(audience.id))
  }
  const check = campaign.knowledgeCheck
  return {
    audiences,
    id: String(campaign.id),
    knowledgeCheck:
      check && typeof check === 'object'
        ? { id: String(check.id), slug: (check as Assessment).slug }
        : null,
    period: { end: campaign.period?.end ?? null, start: campaign.period?.start ?? null },
    published: campaign._status === 'published',
    slug: campaign.slug,
  }
}

const findCampaignTargets = async (
  payload: Payload,
  references: string[],
): Promise<Map<string, CampaignTarget>> => {
  const ids = references.filter((reference) => looksLikeId(payload, reference))
  const where: Where = {
    or: [{ slug: { in: references } }, ...(ids.length > 0 ? [{ id: { in: ids } }] : [])],
  }
  const { docs } = await payload.find({
    collection: 'campaigns',
    depth: 1,
    overrideAccess: true,
    pagination: false,
    populate: { assessments: { slug: true }, audiences: { slug: true } },
    select: { _status: true, audiences: true, knowledgeCheck: true, period: true, slug: true },
    where,
  })
  const found = new Map<string, CampaignTarget>()
  for (const reference of references) {
    const campaign = docs.find((doc) => String(doc.id) === reference || doc.slug === reference)
    if (campaign) found.set(reference, targetOf(campaign))
  }
  return found
}

/** The campaigns a batch names, by reference; null for a reference that matches none. */
export const loadCampaignTargets = (
  payload: Payload,
  references: (number | string)[],
): Promise<Map<string, CampaignTarget | null>> =>
  targets.getMany(references.map(refOf), (missing) => findCampaignTargets(payload, missing), null)
