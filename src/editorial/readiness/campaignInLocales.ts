import type { Payload, PayloadRequest } from 'payload'

import { isolateObjectProperty } from 'payload'

import type { EditorState } from '../../delivery/content/publishedContent'
import type { LocaleCode } from '../../domain/locales'
import type { CampaignInLocales, KnowledgeCheckInLocales } from './campaignTexts'

import { isString, readLocalized } from '../../delivery/content/localized'
import { isLocaleCode } from '../../domain/locales'

const isEditorState = (value: unknown): value is EditorState =>
  typeof value === 'object' && value !== null && 'root' in value

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}

const asRows = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.map(asRecord) : []

/** A campaign read with `locale: 'all'`: each localized field holds one value per language. */
export const toCampaignInLocales = (doc: unknown): CampaignInLocales => {
  const fields = asRecord(doc)
  return {
    body: readLocalized(fields.body, isEditorState),
    summary: readLocalized(fields.summary, isString),
    title: readLocalized(fields.title, isString),
  }
}

export const toKnowledgeCheckInLocales = (doc: unknown): KnowledgeCheckInLocales => {
  const fields = asRecord(doc)
  return {
    items: asRows(fields.items).map((item) => ({
      choices: asRows(item.choices).map((choice) => ({
        key: String(choice.key ?? ''),
        label: readLocalized(choice.label, isString),
      })),
      explanation: readLocalized(item.explanation, isString),
      key: String(item.key ?? ''),
      question: readLocalized(item.question, isString),
    })),
    title: readLocalized(fields.title, isString),
  }
}

/**
 * The campaign as it will be once `data` is saved in `locale`: a save sends one language's
 * values (or every language's, with locale "all"), and the others stay as stored.
 */
export const withIncomingLocale = (
  stored: CampaignInLocales,
  locale: string | undefined,
  data: Record<string, unknown>,
): CampaignInLocales => {
  if (locale === 'all') {
    const incoming = toCampaignInLocales(data)
    return {
      body: 'body' in data ? incoming.body : stored.body,
      summary: 'summary' in data ? incoming.summary : stored.summary,
      title: 'title' in data ? incoming.title : stored.title,
    }
  }
  if (!isLocaleCode(locale)) return stored
  const replace = <T>(values: Partial<Record<LocaleCode, T>>, key: string, accept: boolean) => {
    if (!(key in data)) return values
    const next = { ...values }
    if (accept && data[key] !== null && data[key] !== '') next[locale] = data[key] as T
    else delete next[locale]
    return next
  }
  return {
    body: replace(stored.body, 'body', isEditorState(data.body)),
    summary: replace(stored.summary, 'summary', isString(data.summary)),
    title: replace(stored.title, 'title', isString(data.title)),
  }
}

/**
 * The Local API sets `req.locale` to the locale it is asked for; reading every locale inside a
 * save must not change the language the save itself writes.
 */
const ownLocale = (req: Partial<PayloadRequest> | undefined) =>
  req ? isolateObjectProperty(req, ['fallbackLocale', 'locale']) : undefined

const idOf = (value: unknown): null | number | string => {
  if (typeof value === 'number' || typeof value === 'string') return value
  const id = asRecord(value).id
  return typeof id === 'number' || typeof id === 'string' ? id : null
}

/** The knowledge check a campaign points to, in every language, or null. */
export const loadKnowledgeCheckInLocales = async (
  payload: Payload,
  reference: unknown,
  req?: Partial<PayloadRequest>,
): Promise<KnowledgeCheckInLocales | null> => {
  const id = idOf(reference)
  if (id === null) return null
  const doc = await payload.findByID({
    collection: 'assessments',
    depth: 0,
    disableErrors: true,
    id,
    locale: 'all',
    overrideAccess: true,
    req: ownLocale(req),
  })
  return doc ? toKnowledgeCheckInLocales(doc) : null
}

/** The latest version of a campaign (its draft, when there is one) in every language. */
export const loadLatestCampaign = async (
  payload: Payload,
  id: number | string,
  req?: Partial<PayloadRequest>,
) =>
  payload.findByID({
    collection: 'campaigns',
    depth: 0,
    disableErrors: true,
    draft: true,
    id,
    locale: 'all',
    overrideAccess: true,
    req: ownLocale(req),
  })
