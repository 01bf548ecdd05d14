import type { Payload } from 'payload'

import type { Campaign } from '../../payload-types'

import type {
  EditorState,
  LexicalNode,
  PublishedContent,
  StoredAssessment,
  StoredCampaign,
  StoredMedia,
} from './publishedContent'

import { idsOf } from '../../access/roles'
import { isString, localesOf, readLocalized } from './localized'
import { parsePeriod } from './schedule'

const isEditorState = (value: unknown): value is EditorState =>
  typeof value === 'object' && value !== null && 'root' in value

const idOf = (value: unknown): null | number | string => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && value !== null && 'id' in value) return idOf(value.id)
  return null
}

/** Upload ids of the image blocks in every language of every body. */
const mediaIdsIn = (campaigns: StoredCampaign[]): (number | string)[] => {
  const ids = new Set<number | string>()
  const visit = (node: LexicalNode) => {
    const fields = node.fields as { blockType?: unknown; media?: unknown } | undefined
    if (node.type === 'block' && fields?.blockType === 'image') {
      const id = idOf(fields.media)
      if (id !== null) ids.add(id)
    }
    node.children?.forEach(visit)
  }
  for (const campaign of campaigns) Object.values(campaign.body).forEach((body) => visit(body.root))
  return [...ids]
}

/** Documents by id with every translation at once (locale "all"), for rendering any language. */
const findInEveryLocale = async <Slug extends 'assessments' | 'media'>(
  payload: Payload,
  collection: Slug,
  ids: (number | string)[],
) => {
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection,
    depth: 0,
    locale: 'all',
    overrideAccess: true,
    pagination: false,
    where: { id: { in: ids } },
  })
  return docs
}

const loadAssessments = async (
  payload: Payload,
  ids: (number | string)[],
): Promise<Map<number | string, StoredAssessment>> => {
  const docs = await findInEveryLocale(payload, 'assessments', ids)
  return new Map(
    docs.map((doc) => [
      doc.id,
      {
        id: doc.id,
        items: doc.items.map((item) => ({
          choices: item.choices.map((choice) => ({
            correct: choice.correct === true,
            key: choice.key,
            label: readLocalized(choice.label, isString),
          })),
          domain: item.domain,
          key: item.key,
          question: readLocalized(item.question, isString),
        })),
        revision: doc.revision ?? 1,
        slug: doc.slug,
        title: readLocalized(doc.title, isString),
      },
    ]),
  )
}

const loadMedia = async (
  payload: Payload,
  ids: (number | string)[],
): Promise<Map<number | string, StoredMedia>> => {
  const docs = await findInEveryLocale(payload, 'media', ids)
  return new Map(
    docs
      .filter((doc) => typeof doc.filename === 'string')
      .map((doc) => [
        doc.id,
        {
          alt: readLocalized(doc.alt, isString),
          filename: doc.filename as string,
          height: doc.height ?? null,
          mimeType: doc.mimeType ?? null,
          width: doc.width ?? null,
        },
      ]),
  )
}

/**
 * Campaign documents read in every language (locale "all") as delivery renders them: with their
 * audiences' slugs, knowledge checks and images. Published content and previews of drafts (see
 * src/editorial/preview/) are both made here, so a preview shows what partners would be shown.
 */
export const storedContentOf = async (
  payload: Payload,
  campaignDocs: Campaign[],
): Promise<{ campaigns: StoredCampaign[]; media: PublishedContent['media'] }> => {
  const { docs: audienceDocs } = await payload.find({
    collection: 'audiences',
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  // Keyed by string so numeric (SQL) and ObjectId-like (MongoDB) ids compare alike.
  const audienceSlugs = new Map(
    audienceDocs.map((audience) => [String(audience.id), audience.slug]),
  )
  const checkIds = campaignDocs.map((doc) => idOf(doc.knowledgeCheck)).filter((id) => id !== null)
  const assessments = await loadAssessments(payload, [...new Set(checkIds)])

  const campaigns = campaignDocs.map((doc): StoredCampaign => {
    const title = readLocalized(doc.title, isString)
    const checkId = idOf(doc.knowledgeCheck)
    return {
      audiences: idsOf(doc.audiences)
        .map((id) => audienceSlugs.get(String(id)))
        .filter(isString),
      body: readLocalized(doc.body, isEditorState),
      channels: doc.channels ?? [],
      followUpDays: doc.followUpDays ?? null,
      id: doc.id,
      knowledgeCheck: checkId === null ? null : (assessments.get(checkId) ?? null),
      locales: localesOf(title),
      period: parsePeriod(doc.period),
      slug: doc.slug,
      summary: readLocalized(doc.summary, isString),
      title,
      updatedAt: doc.updatedAt,
    }
  })
  return { campaigns, media: await loadMedia(payload, mediaIdsIn(campaigns)) }
}

/**
 * Reads every published campaign in every language, with its knowledge check, in a handful of
 * queries. Only the main documents are read (never `draft: true`), so an editor's unpublished
 * draft or autosave never reaches partners. Access is enforced by the caller per partner.
 */
export const loadPublishedContent = async (payload: Payload): Promise<PublishedContent> => {
  const { docs } = await payload.find({
    collection: 'campaigns',
    depth: 0,
    draft: false,
    locale: 'all',
    overrideAccess: true,
    pagination: false,
    where: { _status: { equals: 'published' } },
  })
  const { campaigns, media } = await storedContentOf(payload, docs)
  return { campaigns: new Map(campaigns.map((campaign) => [campaign.slug, campaign])), media }
}
