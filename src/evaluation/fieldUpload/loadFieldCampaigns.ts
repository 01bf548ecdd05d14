import type { Payload, TypedUser } from 'payload'

import type { Assessment, Audience, Campaign } from '../../payload-types'
import type { FieldCampaign } from './fieldCampaign'

export type FieldCampaignSummary = FieldCampaign & { title: string }

const slugOf = (audience: Audience | number) =>
  typeof audience === 'object' ? audience.slug : null

const assessmentOf = (check: Campaign['knowledgeCheck']): FieldCampaign['assessment'] => {
  if (!check || typeof check !== 'object') return null
  const assessment: Assessment = check
  return {
    id: assessment.id,
    items: assessment.items.map((item) => ({
      choices: item.choices.map((choice) => choice.key),
      key: item.key,
    })),
    revision: assessment.revision ?? 1,
    slug: assessment.slug,
  }
}

/**
 * The published campaigns this user or partner may record field sessions for, with the item and
 * choice keys of their knowledge checks (never which choice is right: rows only name choices).
 */
export const loadFieldCampaigns = async (
  payload: Payload,
  user: TypedUser,
): Promise<FieldCampaignSummary[]> => {
  const { docs } = await payload.find({
    collection: 'campaigns',
    depth: 1,
    limit: 0,
    overrideAccess: false,
    pagination: false,
    populate: { audiences: { slug: true } },
    select: { audiences: true, knowledgeCheck: true, slug: true, title: true },
    sort: 'slug',
    user,
    where: { _status: { equals: 'published' } },
  })
  return docs.map((campaign) => ({
    assessment: assessmentOf(campaign.knowledgeCheck),
    audiences: campaign.audiences.map(slugOf).filter((slug): slug is string => slug !== null),
    id: campaign.id,
    slug: campaign.slug,
    title: campaign.title,
  }))
}
