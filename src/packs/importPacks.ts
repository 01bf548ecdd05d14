import type { Payload, PayloadRequest } from 'payload'

import { isDeepStrictEqual } from 'node:util'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { PublishingBlocker } from '../editorial/readiness/findPublishingBlockers'
import type { AudienceDocument, LocalizedDocuments, PackDocuments } from './documents'
import type { Audience, LoadedPack, LocaleCode, PackError } from './types'

import { defaultLocale } from '../domain/locales'
import { settingsOf } from '../settingsOf'
import { audiencesToDocuments, packToDocuments } from './documents'
import { loadPacks } from './load'
import { packBlockers } from './packBlockers'
import { uploadPackMedia } from './packMedia'
import { readAudienceSlugs, readStoredAudiences, readStoredPack } from './readStoredPack'

export type ImportOutcome = 'created' | 'unchanged' | 'updated'

export type CampaignImport = {
  /** What blocks publishing the campaign (placeholders, unverified hotlines); empty when ready. */
  blockers: PublishingBlocker[]
  outcome: ImportOutcome
  slug: string
  /** Whether the import left a new draft or the published campaign. */
  status: 'draft' | 'published'
}

export type ImportReport = {
  audiences: { outcome: ImportOutcome; slug: string }[]
  campaigns: CampaignImport[]
  errors: PackError[]
  /** Found in the packs, not stopping the import (a guessable knowledge check). */
  warnings: PackError[]
}

export type ImportOptions = {
  /**
   * Publish each campaign whose pack nothing blocks (an administrator's act, recorded as a publish
   * without review). By default every campaign is imported as a draft, for review in the admin;
   * a pack with placeholders or unverified hotlines is imported as a draft either way.
   */
  publish?: boolean
}

/** Hooks that react to editors' changes (cache invalidation, notifications) can skip imports. */
export const IMPORT_CONTEXT = { auditActor: 'campaigns:import', importingPacks: true }

type Collection = 'assessments' | 'audiences' | 'campaigns'

/** Default locale first (creates or replaces the document), then each translation. */
const localesInOrder = <T>(docs: LocalizedDocuments<T>) =>
  (Object.keys(docs) as LocaleCode[]).sort((a, b) =>
    a === defaultLocale ? -1 : b === defaultLocale ? 1 : 0,
  )

/**
 * Writes one document in every locale it has; returns its id. Campaigns are written as a draft
 * (a new version; a published campaign stays live as it was) or published.
 */
const upsertLocalized = async <T extends { slug: string }>(
  payload: Payload,
  req: PayloadRequest,
  collection: Collection,
  docs: LocalizedDocuments<T>,
  status?: 'draft' | 'published',
): Promise<number | string> => {
  const slug = Object.values(docs)[0]?.slug
  const existing = await payload.find({
    collection,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    where: { slug: { equals: slug } },
  })
  let id = existing.docs[0]?.id
  // Campaigns are versioned: every language goes into one draft, then (when publishing) that
  // draft is published whole, so the publish is checked against the new text in every language.
  const draft = status !== undefined
  for (const locale of localesInOrder(docs)) {
    const data = { ...docs[locale], ...(draft ? { _status: 'draft' } : {}) } as Record<
      string,
      unknown
    >
    const common = { context: IMPORT_CONTEXT, depth: 0, draft, locale, overrideAccess: true, req }
    if (id === undefined) {
      const created = await payload.create({ collection, data: data as never, ...common })
      id = created.id
    } else {
      await payload.update({ collection, data: data as never, id, ...common })
    }
  }
  if (id !== undefined && status === 'published') {
    await payload.update({
      collection,
      context: IMPORT_CONTEXT,
      data: { _status: 'published' } as never,
      depth: 0,
      id,
      locale: defaultLocale,
      overrideAccess: true,
      req,
    })
  }
  if (id === undefined) throw new Error(`nothing to write for ${collection} "${slug}"`)
  return id
}

/** Runs work in one transaction, so a failing pack leaves nothing half-written. */
const inTransaction = async <T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> => {
  const req = await createLocalReq({ context: IMPORT_CONTEXT }, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

const importAudiences = async (payload: Payload, audiences: Audience[]) => {
  const stored = await readStoredAudiences(payload)
  const documents = audiencesToDocuments(audiences)
  const outcomes: ImportReport['audiences'] = []
  for (const audience of audiences) {
    const before = stored.get(audience.slug)
    if (before && isDeepStrictEqual(before, audience)) {
      outcomes.push({ outcome: 'unchanged', slug: audience.slug })
      continue
    }
    await inTransaction(payload, (req) =>
      upsertLocalized<AudienceDocument>(payload, req, 'audiences', documents[audience.slug]),
    )
    outcomes.push({ outcome: before ? 'updated' : 'created', slug: audience.slug })
  }
  return outcomes
}

const importPack = async (
  payload: Payload,
  pack: LoadedPack,
  options: ImportOptions,
): Promise<CampaignImport> => {
  const slug = pack.campaign.slug
  const blockers = packBlockers(packToDocuments(pack), {
    maxHotlineAgeDays: settingsOf(payload).hotlineMaxAgeDays,
    now: new Date(),
  })
  const status = options.publish && blockers.length === 0 ? 'published' : 'draft'
  // Publishing compares with what partners see; a draft import with the latest version.
  const before = await readStoredPack(payload, slug, undefined, status)
  const incoming = { campaign: pack.campaign, knowledgeCheck: pack.knowledgeCheck }
  const exists = before !== null || (await readStoredPack(payload, slug)) !== null
  if (before && isDeepStrictEqual(before, incoming)) {
    return { blockers, outcome: 'unchanged', slug, status }
  }
  await inTransaction(payload, async (req) => {
    const audienceIds = new Map(
      [...(await readAudienceSlugs(payload, req))].map(([id, slug]) => [slug, id]),
    )
    const resolveMedia = await uploadPackMedia(payload, req, pack)
    const documents: PackDocuments = packToDocuments(pack, {
      resolveMedia,
      audienceId: (slug) => {
        const id = audienceIds.get(slug)
        if (id === undefined) throw new Error(`audience "${slug}" is not in the database`)
        return id
      },
    })
    const assessmentId = pack.knowledgeCheck
      ? await upsertLocalized(payload, req, 'assessments', documents.assessment)
      : null
    for (const doc of Object.values(documents.campaign)) doc.knowledgeCheck = assessmentId
    await upsertLocalized(payload, req, 'campaigns', documents.campaign, status)
  })
  return { blockers, outcome: exists ? 'updated' : 'created', slug, status }
}

/**
 * Validates every pack in a folder and, only when all are valid, upserts audiences and campaigns
 * by slug. A pack identical to what is stored is left alone, so a second run changes nothing.
 */
export const importPacks = async (
  payload: Payload,
  dir: string,
  options: ImportOptions = {},
): Promise<ImportReport> => {
  const { audiences, errors, packs, warnings } = await loadPacks(dir)
  if (errors.length > 0) return { audiences: [], campaigns: [], errors, warnings }
  const audienceOutcomes = await importAudiences(payload, audiences)
  const campaigns: ImportReport['campaigns'] = []
  for (const pack of packs) {
    campaigns.push(await importPack(payload, pack, options))
  }
  return { audiences: audienceOutcomes, campaigns, errors: [], warnings }
}
