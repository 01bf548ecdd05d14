import type { Payload, PayloadRequest } from 'payload'

import type { StoredAssessment, StoredAudience, StoredCampaign } from './documents'
import type { Audience, CampaignPack, LocaleCode } from './types'

import { localeCodes } from '../domain/locales'
import { documentsToAudiences, documentsToPack } from './documents'
import { readMediaReferences } from './packMedia'

type LocalizedStored<T> = Partial<Record<LocaleCode, T>>

/** One document read in every locale without fallback, so missing translations stay missing. */
const readInEveryLocale = async <T>(
  read: (locale: LocaleCode) => Promise<null | T>,
): Promise<LocalizedStored<T> | null> => {
  const docs: LocalizedStored<T> = {}
  for (const locale of localeCodes) {
    const doc = await read(locale)
    if (!doc) return null
    docs[locale] = doc
  }
  return docs
}

/** Slug ↔ id of every audience, the mapping packs and documents translate through. */
export const readAudienceSlugs = async (payload: Payload, req?: Partial<PayloadRequest>) => {
  const { docs } = await payload.find({
    collection: 'audiences',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
  })
  return new Map(docs.map((doc) => [doc.id, doc.slug]))
}

/** Every stored audience, as a pack's audiences.json would hold it. */
export const readStoredAudiences = async (
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<Map<string, Audience>> => {
  const ids = await readAudienceSlugs(payload, req)
  const localized: Record<string, LocalizedStored<StoredAudience>> = {}
  for (const id of ids.keys()) {
    const docs = await readInEveryLocale((locale) =>
      payload.findByID({
        collection: 'audiences',
        depth: 0,
        disableErrors: true,
        fallbackLocale: false,
        id,
        locale,
        overrideAccess: true,
        req,
      }),
    )
    if (docs) localized[String(id)] = docs as LocalizedStored<StoredAudience>
  }
  const audiences = documentsToAudiences(localized)
  return new Map(audiences.map((audience) => [audience.slug, audience]))
}

/**
 * A stored campaign and its knowledge check in pack form, or null when no campaign has the slug.
 * Import compares with it to change nothing on a second run; export writes it out. `version`
 * picks the latest version (a draft, when there is one) or the published one.
 */
export const readStoredPack = async (
  payload: Payload,
  slug: string,
  req?: Partial<PayloadRequest>,
  version: 'draft' | 'published' = 'draft',
): Promise<CampaignPack | null> => {
  const draft = version === 'draft'
  const found = await payload.find({
    collection: 'campaigns',
    depth: 0,
    draft,
    limit: 1,
    overrideAccess: true,
    req,
    where: draft
      ? { slug: { equals: slug } }
      : { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
  })
  const campaign = found.docs[0]
  if (!campaign) return null
  const read = <T>(collection: 'assessments' | 'campaigns', id: number | string) =>
    readInEveryLocale(
      (locale) =>
        payload.findByID({
          collection,
          depth: 0,
          disableErrors: true,
          draft: draft && collection === 'campaigns',
          fallbackLocale: false,
          id,
          locale,
          overrideAccess: true,
          req,
        }) as Promise<null | T>,
    )
  const campaignDocs = await read<StoredCampaign>('campaigns', campaign.id)
  const checkId = campaign.knowledgeCheck
  const assessmentDocs =
    checkId == null
      ? null
      : await read<StoredAssessment>(
          'assessments',
          typeof checkId === 'object' ? checkId.id : checkId,
        )
  if (!campaignDocs || (checkId != null && !assessmentDocs)) return null
  const audienceSlugs = await readAudienceSlugs(payload, req)
  const assessmentSlug = assessmentDocs?.en?.slug ?? ''
  const mediaRef = await readMediaReferences(payload, req)
  return documentsToPack(
    { assessment: assessmentDocs, campaign: campaignDocs },
    {
      assessmentSlug: () => assessmentSlug,
      audienceSlug: (value) => {
        const id = typeof value === 'object' && value ? value.id : value
        const slug = id == null ? undefined : audienceSlugs.get(id as number)
        if (!slug)
          throw new Error(
            `campaign "${campaign.slug}" refers to audience ${String(id)}, which does not exist`,
          )
        return slug
      },
      mediaRef,
    },
  )
}
