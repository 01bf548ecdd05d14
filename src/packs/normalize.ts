/**
 * Turns pack JSON that passed its schema into the normalized pack types: defaults filled in,
 * `$schema` dropped, keys in one canonical order and locales in the order of `localeCodes`. The
 * export path (documents → pack) goes through the same functions, so both produce identical data.
 */
import type {
  Audience,
  BodyNode,
  Campaign,
  Channel,
  Choice,
  Item,
  KnowledgeCheck,
  LocaleCode,
  LocalizedBody,
  LocalizedText,
  Objective,
  Source,
} from './types'

import { localeCodes } from '../domain/locales'
import { DEFAULT_TIME_ZONE } from '../domain/campaignPeriod'

/* Raw shapes as written in pack files (after schema validation). */

export interface RawLocalized {
  [locale: string]: string
}

export interface RawBodyNode {
  heading?: string
  level?: number
  paragraph?: string
  list?: string[]
  ordered?: boolean
  warningSigns?: { title: string; signs: string[] }
  rights?: { title: string; rights: string[] }
  hotline?: {
    name: string
    country: string
    phone?: string
    url?: string
    hours?: string
    languages?: string[]
    placeholder?: boolean
    lastVerified?: string
  }
  image?: { media: number | string; caption?: string }
}

export interface RawCampaign {
  slug: string
  title: RawLocalized
  summary?: RawLocalized
  period: { start: string; end?: string; timeZone?: string }
  audiences: string[]
  objectives?: Objective[]
  channels?: string[]
  knowledgeCheck?: string
  sources?: { label: string; url?: string }[]
  body?: { [locale: string]: RawBodyNode[] }
}

export interface RawChoice {
  key: string
  label: RawLocalized
  correct?: boolean
}

export interface RawItem {
  key: string
  domain: string
  question: RawLocalized
  choices: RawChoice[]
  explanation: RawLocalized
  source: string
}

export interface RawKnowledgeCheck {
  slug: string
  title: RawLocalized
  items: RawItem[]
}

export interface RawAudience {
  slug: string
  name: RawLocalized
  description?: RawLocalized
  languages?: string[]
}

const inLocaleOrder = <T>(raw: {
  [locale: string]: T | undefined
}): Partial<Record<LocaleCode, T>> => {
  const out: Partial<Record<LocaleCode, T>> = {}
  for (const code of localeCodes) {
    const value = raw[code]
    if (value !== undefined) out[code] = value
  }
  return out
}

export const normalizeLocalized = (raw: RawLocalized): LocalizedText => inLocaleOrder(raw)

export const normalizeBodyNode = (node: RawBodyNode): BodyNode => {
  if (node.heading !== undefined) {
    return { heading: node.heading, level: (node.level ?? 2) as 1 | 2 | 3 | 4 | 5 | 6 }
  }
  if (node.paragraph !== undefined) return { paragraph: node.paragraph }
  if (node.list !== undefined) return { list: [...node.list], ordered: node.ordered ?? false }
  if (node.warningSigns !== undefined) {
    return { warningSigns: { title: node.warningSigns.title, signs: [...node.warningSigns.signs] } }
  }
  if (node.rights !== undefined) {
    return { rights: { title: node.rights.title, rights: [...node.rights.rights] } }
  }
  if (node.hotline !== undefined) {
    const hotline = node.hotline
    return {
      hotline: {
        name: hotline.name,
        country: hotline.country,
        phone: hotline.phone ?? '',
        url: hotline.url ?? '',
        hours: hotline.hours ?? '',
        languages: [...(hotline.languages ?? [])],
        placeholder: hotline.placeholder ?? false,
        lastVerified: hotline.lastVerified ?? '',
      },
    }
  }
  if (node.image !== undefined) {
    return { image: { media: node.image.media, caption: node.image.caption ?? '' } }
  }
  throw new Error('normalizeBodyNode: a body node must have one of its kinds (schema not applied?)')
}

export const normalizeBody = (raw: { [locale: string]: RawBodyNode[] }): LocalizedBody => {
  const ordered = inLocaleOrder(raw)
  const out: LocalizedBody = {}
  for (const [code, nodes] of Object.entries(ordered) as [LocaleCode, RawBodyNode[]][]) {
    out[code] = nodes.map(normalizeBodyNode)
  }
  return out
}

const normalizeObjective = (objective: Objective): Objective => ({
  audience: objective.audience,
  reachTarget: objective.reachTarget,
  knowledgeGainTarget: objective.knowledgeGainTarget,
  passMark: objective.passMark,
})

const normalizeSource = (source: { label: string; url?: string }): Source =>
  source.url === undefined ? { label: source.label } : { label: source.label, url: source.url }

export const normalizeCampaign = (raw: RawCampaign): Campaign => ({
  slug: raw.slug,
  title: normalizeLocalized(raw.title),
  summary: normalizeLocalized(raw.summary ?? {}),
  period: {
    start: raw.period.start,
    ...(raw.period.end === undefined ? {} : { end: raw.period.end }),
    timeZone: raw.period.timeZone ?? DEFAULT_TIME_ZONE,
  },
  audiences: [...raw.audiences],
  objectives: (raw.objectives ?? []).map(normalizeObjective),
  channels: [...(raw.channels ?? [])] as Channel[],
  ...(raw.knowledgeCheck === undefined ? {} : { knowledgeCheck: raw.knowledgeCheck }),
  sources: (raw.sources ?? []).map(normalizeSource),
  body: normalizeBody(raw.body ?? {}),
})

const normalizeChoice = (raw: RawChoice): Choice => ({
  key: raw.key,
  label: normalizeLocalized(raw.label),
  correct: raw.correct ?? false,
})

const normalizeItem = (raw: RawItem): Item => ({
  key: raw.key,
  domain: raw.domain,
  question: normalizeLocalized(raw.question),
  choices: raw.choices.map(normalizeChoice),
  explanation: normalizeLocalized(raw.explanation),
  source: raw.source,
})

export const normalizeKnowledgeCheck = (raw: RawKnowledgeCheck): KnowledgeCheck => ({
  slug: raw.slug,
  title: normalizeLocalized(raw.title),
  items: raw.items.map(normalizeItem),
})

export const normalizeAudience = (raw: RawAudience): Audience => ({
  slug: raw.slug,
  name: normalizeLocalized(raw.name),
  description: normalizeLocalized(raw.description ?? {}),
  languages: [...(raw.languages ?? [])] as LocaleCode[],
})
