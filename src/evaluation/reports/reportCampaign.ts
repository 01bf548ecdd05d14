import type { Payload, Where } from 'payload'

import { defaultLocale } from '../../domain/locales'

export type Objective = { knowledgeGainTarget: number; passMark: number; reachTarget: number }

/** An item of the campaign's knowledge check as item analysis needs it: which choices are right. */
export type CheckItem = { choices: string[]; correct: string[] }

export type ReportCampaign = {
  /** The knowledge check's items (current revision) by key; empty without a check. */
  checkItems: Map<string, CheckItem>
  /** Every audience id → slug (a campaign may have had audiences it no longer lists). */
  audienceSlugs: Map<string, string>
  /** The campaign's own audiences, in its order. */
  audiences: string[]
  id: string
  objectives: Map<string, Objective>
  slug: string
  title: string
}

/** Hake's pass mark default when a campaign sets no objective for an audience. */
export const DEFAULT_PASS_MARK = 0.7

const idOf = (value: unknown): string =>
  String(typeof value === 'object' && value !== null && 'id' in value ? value.id : value)

/** The campaign a report is about, by id or slug, with its audiences and objectives. */
export const loadReportCampaign = async (
  payload: Payload,
  idOrSlug: string,
): Promise<null | ReportCampaign> => {
  const byId =
    payload.db.defaultIDType === 'number' ? /^\d+$/.test(idOrSlug) : /^[0-9a-f]{24}$/.test(idOrSlug)
  const where: Where = byId
    ? { or: [{ id: { equals: idOrSlug } }, { slug: { equals: idOrSlug } }] }
    : { slug: { equals: idOrSlug } }
  const { docs } = await payload.find({
    collection: 'campaigns',
    depth: 0,
    limit: 1,
    locale: defaultLocale,
    overrideAccess: true,
    where,
  })
  const campaign = docs[0]
  if (!campaign) return null
  const [audiences, check] = await Promise.all([
    payload.find({
      collection: 'audiences',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: { slug: true },
    }),
    campaign.knowledgeCheck
      ? payload.findByID({
          collection: 'assessments',
          depth: 0,
          disableErrors: true,
          id: idOf(campaign.knowledgeCheck),
          overrideAccess: true,
          select: { items: true },
        })
      : null,
  ])
  return {
    checkItems: new Map(
      (check?.items ?? []).map((item) => [
        item.key,
        {
          choices: item.choices.map((choice) => choice.key),
          correct: item.choices.filter((choice) => choice.correct === true).map((c) => c.key),
        },
      ]),
    ),
    audienceSlugs: new Map(audiences.docs.map((audience) => [String(audience.id), audience.slug])),
    audiences: campaign.audiences.map(idOf),
    id: String(campaign.id),
    objectives: new Map(
      (campaign.objectives ?? []).map((objective) => [
        idOf(objective.audience),
        {
          knowledgeGainTarget: objective.knowledgeGainTarget,
          passMark: objective.passMark,
          reachTarget: objective.reachTarget,
        },
      ]),
    ),
    slug: campaign.slug,
    title: campaign.title,
  }
}
