import type { Payload, Where } from 'payload'

import type { Assessment, Audience, Campaign } from '../../payload-types'

import { onChange } from '../../cache/changeFeed'
import { ExpiringMap } from '../../cache/expiringMap'

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
const targets = new ExpiringMap<string, CampaignTarget | null>(1000)
/** Raised by every forget, so a lookup that began before one does not store what it read. */
let generation = 0

export const forgetCampaignTargets = (): void => {
  generation += 1
  targets.clear()
}

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

/** The campaigns a batch names, by reference; null for a reference that matches none. */
export const loadCampaignTargets = async (
  payload: Payload,
  references: (number | string)[],
): Promise<Map<string, CampaignTarget | null>> => {
  const found = new Map<string, CampaignTarget | null>()
  const missing: string[] = []
  const now = Date.now()
  for (const reference of new Set(references.map(refOf))) {
    const cached = targets.get(reference, now)
    if (cached === undefined) missing.push(reference)
    else found.set(reference, cached)
  }
  if (missing.length === 0) return found
  const startedIn = generation
  const ids = missing.filter((reference) => looksLikeId(payload, reference))
  const where: Where = {
    or: [{ slug: { in: missing } }, ...(ids.length > 0 ? [{ id: { in: ids } }] : [])],
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
  for (const reference of missing) {
    const campaign = docs.find((doc) => String(doc.id) === reference || doc.slug === reference)
    const target = campaign ? targetOf(campaign) : null
    if (startedIn === generation) targets.set(reference, target, now + CAMPAIGN_TTL_MS)
    found.set(reference, target)
  }
  return found
}
