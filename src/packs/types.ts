import type { Channel } from '../domain/channels'
import type { LocaleCode } from '../domain/locales'

export type { Channel, LocaleCode }

/** The same text in several languages, keyed by locale code. Packs always carry `en`. */
export type LocalizedText = Partial<Record<LocaleCode, string>>

/** A heading; `text` uses the same light formatting as a paragraph. */
export interface HeadingNode {
  heading: string
  level: 1 | 2 | 3 | 4 | 5 | 6
}

/** A paragraph: text with `**bold**`, `*italic*`, `[links](https://…)` and line breaks. */
export interface ParagraphNode {
  paragraph: string
}

export interface ListNode {
  list: string[]
  ordered: boolean
}

export interface WarningSignsNode {
  warningSigns: { title: string; signs: string[] }
}

export interface RightsNode {
  rights: { title: string; rights: string[] }
}

export interface HotlineFields {
  name: string
  /** ISO 3166-1 alpha-2, upper case. */
  country: string
  phone: string
  url: string
  hours: string
  /** Language codes the line answers in (not limited to the supported locales). */
  languages: string[]
  /** True while the number or address is unverified. */
  placeholder: boolean
  /** YYYY-MM-DD: when someone last checked that the line answers; '' when nobody has. */
  lastVerified: string
}

export interface HotlineNode {
  hotline: HotlineFields
}

/** `media` is a file in the pack folder (uploaded on import) or the id of an existing upload. */
export interface ImageNode {
  image: { media: number | string; caption: string }
}

export type BlockNode = HotlineNode | ImageNode | RightsNode | WarningSignsNode

/** One piece of a message, as authors write it in a pack (normalized: defaults filled in). */
export type BodyNode = BlockNode | HeadingNode | ListNode | ParagraphNode

export type LocalizedBody = Partial<Record<LocaleCode, BodyNode[]>>

export interface Audience {
  slug: string
  name: LocalizedText
  description: LocalizedText
  languages: LocaleCode[]
}

export interface Objective {
  audience: string
  /** Unique people to reach. */
  reachTarget: number
  /** Target mean paired gain in the share of items correct, 0–1. */
  knowledgeGainTarget: number
  /** Share of items correct that counts as mastery, 0–1. */
  passMark: number
}

export interface Source {
  label: string
  url?: string
}

export interface Period {
  /** YYYY-MM-DD */
  start: string
  /** YYYY-MM-DD; absent for open-ended campaigns. */
  end?: string
  /** IANA time zone the days are counted in (default UTC). */
  timeZone: string
}

export interface Campaign {
  slug: string
  title: LocalizedText
  summary: LocalizedText
  period: Period
  audiences: string[]
  objectives: Objective[]
  channels: Channel[]
  /** Slug of the knowledge check (the pack's knowledge-check.json); absent when it has none. */
  knowledgeCheck?: string
  sources: Source[]
  body: LocalizedBody
}

export interface Choice {
  key: string
  label: LocalizedText
  correct: boolean
}

export interface Item {
  key: string
  domain: string
  question: LocalizedText
  choices: Choice[]
  explanation: LocalizedText
  source: string
}

export interface KnowledgeCheck {
  slug: string
  title: LocalizedText
  items: Item[]
}

/** A campaign and its knowledge check, normalized: defaults filled in, locales in canonical order. */
export interface CampaignPack {
  campaign: Campaign
  /** Null for a campaign without a knowledge check (no knowledge-check.json). */
  knowledgeCheck: KnowledgeCheck | null
}

/** A pack as read from disk. */
export interface LoadedPack extends CampaignPack {
  /** The pack folder's name (equal to the campaign slug). */
  name: string
  /** Absolute path of the pack folder. */
  dir: string
}

/**
 * A problem found in a pack, in words a campaign author understands. `field` is a JSON pointer
 * into `file` ('' for the whole file), e.g. `/items/3/choices`.
 */
export interface PackError {
  /** The pack folder's name, or null for problems in audiences.json or the campaigns folder. */
  pack: null | string
  /** Path of the file relative to the campaigns folder, e.g. `peru-…/knowledge-check.json`. */
  file: string
  field: string
  message: string
}

export interface LoadResult {
  audiences: Audience[]
  /** Only the packs without errors. */
  packs: LoadedPack[]
  errors: PackError[]
  /** What an author should look at but that does not stop the import. */
  warnings: PackError[]
}
