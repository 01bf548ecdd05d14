/**
 * Maps a pack to plain per-locale data for Payload's Local API, and back.
 *
 * Import: create each document with the default locale's data (`en`), then update it once per
 * other locale with that locale's data. Every locale's object is complete (non-localized fields
 * repeat the same values) and array rows carry stable ids, so the per-locale updates land on the
 * same rows. Relationship fields hold slugs unless the caller maps them to ids.
 *
 * Export: read each document once per locale with `fallbackLocale: false` (otherwise missing
 * translations come back as English and would be exported as translations), with enough access
 * to read answer keys, and pass the results here.
 */
import type { BodyToLexicalOptions, SerializedEditorState } from './lexical'
import type { LexicalToBodyOptions } from './lexicalToBody'
import type { RawBodyNode, RawCampaign, RawKnowledgeCheck, RawLocalized } from './normalize'
import type {
  Audience,
  CampaignPack,
  Channel,
  KnowledgeCheck,
  LocaleCode,
  LocalizedText,
} from './types'

import { defaultLocale, localeCodes } from '../domain/locales'
import { bodyToLexical } from './lexical'
import { lexicalToBody } from './lexicalToBody'
import { normalizeAudience, normalizeCampaign, normalizeKnowledgeCheck } from './normalize'

/** One object per locale, default locale first: `{ en: {...}, fr: {...} }`. */
export type LocalizedDocuments<T> = Partial<Record<LocaleCode, T>>

export type RelationValue = number | string

export type CampaignDocument = {
  title?: string
  slug: string
  summary?: string
  period: { start: string; end?: string; timeZone: string }
  audiences: RelationValue[]
  objectives: {
    id: string
    audience: RelationValue
    reachTarget: number
    knowledgeGainTarget: number
    passMark: number
  }[]
  channels: Channel[]
  body?: SerializedEditorState
  knowledgeCheck: null | RelationValue
  sources: { id: string; label: string; url?: string }[]
}

export type AssessmentChoiceDocument = {
  id: string
  key: string
  label?: string
  correct: boolean
}

export type AssessmentItemDocument = {
  id: string
  key: string
  domain: string
  question?: string
  choices: AssessmentChoiceDocument[]
  explanation?: string
  source: string
}

export type AssessmentDocument = {
  title?: string
  slug: string
  items: AssessmentItemDocument[]
}

export type AudienceDocument = {
  name?: string
  slug: string
  description?: string
  languages: LocaleCode[]
}

export interface PackDocuments {
  campaign: LocalizedDocuments<CampaignDocument>
  assessment: LocalizedDocuments<AssessmentDocument>
}

export interface PackToDocumentsOptions extends BodyToLexicalOptions {
  /** Maps an audience slug to the id Payload stores in relationship fields (default: the slug). */
  audienceId?: (slug: string) => RelationValue
  /** Maps the knowledge check's slug to its assessment id (default: the slug). */
  assessmentId?: (slug: string) => RelationValue
}

/** Locales present in any of the texts, default locale first, then in `localeCodes` order. */
const localesOf = (texts: (object | undefined)[]): LocaleCode[] => {
  const present = new Set<string>()
  for (const text of texts) for (const code of Object.keys(text ?? {})) present.add(code)
  return localeCodes.filter((code) => code === defaultLocale || present.has(code))
}

/** Adds `key: text[locale]` to `target` when that translation exists (Payload falls back). */
const put = <T extends object>(
  target: T,
  key: string,
  text: LocalizedText,
  locale: LocaleCode,
): T => {
  const value = text[locale]
  if (value !== undefined) (target as Record<string, unknown>)[key] = value
  return target
}

/** Row ids for array fields: stable across imports and locales, unique across documents. */
const rowId = (...parts: (number | string)[]) => parts.join('--')

export function packToDocuments(
  pack: CampaignPack,
  options: PackToDocumentsOptions = {},
): PackDocuments {
  const { campaign, knowledgeCheck: check } = pack
  const audienceId = options.audienceId ?? ((slug: string) => slug)
  const assessmentId = options.assessmentId ?? ((slug: string) => slug)

  const campaignDocs: LocalizedDocuments<CampaignDocument> = {}
  for (const locale of localesOf([campaign.title, campaign.summary, campaign.body])) {
    const doc = put({} as CampaignDocument, 'title', campaign.title, locale)
    doc.slug = campaign.slug
    put(doc, 'summary', campaign.summary, locale)
    doc.period = { ...campaign.period }
    doc.audiences = campaign.audiences.map(audienceId)
    doc.objectives = campaign.objectives.map((objective) => ({
      id: rowId(campaign.slug, 'objective', objective.audience),
      audience: audienceId(objective.audience),
      reachTarget: objective.reachTarget,
      knowledgeGainTarget: objective.knowledgeGainTarget,
      passMark: objective.passMark,
    }))
    doc.channels = [...campaign.channels]
    const body = campaign.body[locale]
    if (body) doc.body = bodyToLexical(body, options)
    doc.knowledgeCheck =
      campaign.knowledgeCheck === undefined ? null : assessmentId(campaign.knowledgeCheck)
    doc.sources = campaign.sources.map((source, index) => ({
      id: rowId(campaign.slug, 'source', index),
      ...source,
    }))
    campaignDocs[locale] = doc
  }

  return {
    assessment: check ? assessmentDocuments(check) : {},
    campaign: campaignDocs,
  }
}

/** A knowledge check's documents, one per locale its texts are written in. */
const assessmentDocuments = (check: KnowledgeCheck): LocalizedDocuments<AssessmentDocument> => {
  const assessmentDocs: LocalizedDocuments<AssessmentDocument> = {}
  const texts = [
    check.title,
    ...check.items.flatMap((item) => [
      item.question,
      item.explanation,
      ...item.choices.map((choice) => choice.label),
    ]),
  ]
  for (const locale of localesOf(texts)) {
    const doc = put({} as AssessmentDocument, 'title', check.title, locale)
    doc.slug = check.slug
    doc.items = check.items.map((item) => {
      const row = {
        id: rowId(check.slug, item.key),
        key: item.key,
        domain: item.domain,
      } as AssessmentItemDocument
      put(row, 'question', item.question, locale)
      row.choices = item.choices.map((choice) => {
        const entry = {
          id: rowId(check.slug, item.key, choice.key),
          key: choice.key,
        } as AssessmentChoiceDocument
        put(entry, 'label', choice.label, locale)
        entry.correct = choice.correct
        return entry
      })
      put(row, 'explanation', item.explanation, locale)
      row.source = item.source
      return row
    })
    assessmentDocs[locale] = doc
  }

  return assessmentDocs
}

/** Audience documents by slug, each with one object per locale. */
export function audiencesToDocuments(
  audiences: Audience[],
): Record<string, LocalizedDocuments<AudienceDocument>> {
  const out: Record<string, LocalizedDocuments<AudienceDocument>> = {}
  for (const audience of audiences) {
    const docs: LocalizedDocuments<AudienceDocument> = {}
    for (const locale of localesOf([audience.name, audience.description])) {
      const doc = put({} as AudienceDocument, 'name', audience.name, locale)
      doc.slug = audience.slug
      put(doc, 'description', audience.description, locale)
      doc.languages = [...audience.languages]
      docs[locale] = doc
    }
    out[audience.slug] = docs
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// documents → pack

/** A relationship as Payload returns it: an id, or a populated document. */
export type RelationLike =
  | null
  | number
  | string
  | undefined
  | { [field: string]: unknown; id?: number | string; slug?: string }

export interface DocumentsToPackOptions extends LexicalToBodyOptions {
  /** Maps a stored audience relationship (id or document) to its slug. */
  audienceSlug?: (value: RelationLike) => string
  /** Maps the stored knowledge-check relationship to the assessment's slug. */
  assessmentSlug?: (value: RelationLike) => string
}

/** Loose shapes of what Payload returns: extra fields, nulls and populated relations allowed. */
export interface StoredCampaign {
  title?: null | string
  slug?: null | string
  summary?: null | string
  period?: { start?: null | string; end?: null | string; timeZone?: null | string } | null
  audiences?: RelationLike[] | null
  objectives?:
    | {
        audience?: RelationLike
        reachTarget?: null | number
        knowledgeGainTarget?: null | number
        passMark?: null | number
      }[]
    | null
  channels?: null | string[]
  body?: null | { root?: { children?: unknown } | null }
  knowledgeCheck?: RelationLike
  sources?: { label?: null | string; url?: null | string }[] | null
  [field: string]: unknown
}

export interface StoredAssessment {
  title?: null | string
  slug?: null | string
  items?:
    | {
        key?: null | string
        domain?: null | string
        question?: null | string
        choices?: { key?: null | string; label?: null | string; correct?: boolean | null }[] | null
        explanation?: null | string
        source?: null | string
      }[]
    | null
  [field: string]: unknown
}

export interface StoredAudience {
  name?: null | string
  slug?: null | string
  description?: null | string
  languages?: null | string[]
  [field: string]: unknown
}

const defaultSlug =
  (kind: string) =>
  (value: RelationLike): string => {
    if (typeof value === 'string') return value
    if (value && typeof value === 'object' && typeof value.slug === 'string') return value.slug
    throw new Error(
      `documentsToPack: a ${kind} relationship holds ${JSON.stringify(value)}; populate it (depth ≥ 1) or pass a ${kind}Slug mapping`,
    )
  }

/** The default locale's document, else the first one. */
const primary = <T>(docs: LocalizedDocuments<T>): T => {
  const doc = docs[defaultLocale] ?? Object.values(docs)[0]
  if (!doc) throw new Error('documentsToPack: no document in any locale')
  return doc as T
}

const entries = <T>(docs: LocalizedDocuments<T>) =>
  localeCodes.filter((code) => docs[code] != null).map((code) => [code, docs[code] as T] as const)

const collect = <T>(docs: LocalizedDocuments<T>, read: (doc: T) => unknown): RawLocalized => {
  const text: RawLocalized = {}
  for (const [locale, doc] of entries(docs)) {
    const value = read(doc)
    if (typeof value === 'string' && value !== '') text[locale] = value
  }
  return text
}

/** Payload stores dates as ISO date-times; packs keep the calendar date. */
const dateOnly = (value: null | string | undefined) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : (value ?? '')

export function documentsToPack(
  docs: {
    campaign: LocalizedDocuments<StoredCampaign>
    /** Null for a campaign without a knowledge check. */
    assessment: LocalizedDocuments<StoredAssessment> | null
  },
  options: DocumentsToPackOptions = {},
): CampaignPack {
  const audienceSlug = options.audienceSlug ?? defaultSlug('audience')
  const assessmentSlug = options.assessmentSlug ?? defaultSlug('assessment')

  const campaign = primary(docs.campaign)
  const body: Record<string, RawBodyNode[]> = {}
  for (const [locale, doc] of entries(docs.campaign)) {
    if (doc.body?.root) body[locale] = lexicalToBody(doc.body, options) as RawBodyNode[]
  }
  const period = campaign.period ?? {}
  const rawCampaign: RawCampaign = {
    slug: campaign.slug ?? '',
    title: collect(docs.campaign, (doc) => doc.title),
    summary: collect(docs.campaign, (doc) => doc.summary),
    period: {
      start: dateOnly(period.start),
      ...(period.end ? { end: dateOnly(period.end) } : {}),
      ...(period.timeZone ? { timeZone: period.timeZone } : {}),
    },
    audiences: (campaign.audiences ?? []).map(audienceSlug),
    objectives: (campaign.objectives ?? []).map((objective) => ({
      audience: audienceSlug(objective.audience),
      reachTarget: objective.reachTarget ?? 0,
      knowledgeGainTarget: objective.knowledgeGainTarget ?? 0,
      passMark: objective.passMark ?? 0,
    })),
    channels: campaign.channels ?? [],
    ...(docs.assessment ? { knowledgeCheck: assessmentSlug(campaign.knowledgeCheck) } : {}),
    sources: (campaign.sources ?? []).map((source) =>
      source.url ? { label: source.label ?? '', url: source.url } : { label: source.label ?? '' },
    ),
    body,
  }

  return {
    campaign: normalizeCampaign(rawCampaign),
    knowledgeCheck: docs.assessment ? knowledgeCheckFrom(docs.assessment) : null,
  }
}

const knowledgeCheckFrom = (docs: LocalizedDocuments<StoredAssessment>): KnowledgeCheck => {
  const assessment = primary(docs)
  const localizedItems = entries(docs)
  const itemIn = (doc: StoredAssessment, key: string) =>
    (doc.items ?? []).find((item) => item.key === key)
  const rawCheck: RawKnowledgeCheck = {
    slug: assessment.slug ?? '',
    title: collect(docs, (doc) => doc.title),
    items: (assessment.items ?? []).map((item) => {
      const key = item.key ?? ''
      const perLocale = (read: (found: NonNullable<ReturnType<typeof itemIn>>) => unknown) => {
        const text: RawLocalized = {}
        for (const [locale, doc] of localizedItems) {
          const found = itemIn(doc, key)
          const value = found ? read(found) : undefined
          if (typeof value === 'string' && value !== '') text[locale] = value
        }
        return text
      }
      return {
        key,
        domain: item.domain ?? '',
        question: perLocale((found) => found.question),
        choices: (item.choices ?? []).map((choice) => ({
          key: choice.key ?? '',
          label: perLocale(
            (found) => (found.choices ?? []).find((other) => other.key === choice.key)?.label,
          ),
          correct: choice.correct === true,
        })),
        explanation: perLocale((found) => found.explanation),
        source: item.source ?? '',
      }
    }),
  }

  return normalizeKnowledgeCheck(rawCheck)
}

export function documentsToAudiences(
  docs: Record<string, LocalizedDocuments<StoredAudience>>,
): Audience[] {
  return Object.values(docs).map((localized) => {
    const doc = primary(localized)
    return normalizeAudience({
      slug: doc.slug ?? '',
      name: collect(localized, (entry) => entry.name),
      description: collect(localized, (entry) => entry.description),
      languages: doc.languages ?? [],
    })
  })
}
