import type { LocaleCode } from '../../domain/locales'
import type { Localized } from './localized'

/** A node of a Lexical editor state, as stored by Payload's rich-text field. */
export type LexicalNode = {
  [key: string]: unknown
  children?: LexicalNode[]
  type: string
}

export type EditorState = { root: LexicalNode }

export type StoredChoice = { correct: boolean; key: string; label: Localized<string> }

export type StoredItem = {
  choices: StoredChoice[]
  domain: string
  key: string
  question: Localized<string>
}

export type StoredAssessment = {
  id: number | string
  items: StoredItem[]
  revision: number
  slug: string
  title: Localized<string>
}

export type StoredMedia = {
  alt: Localized<string>
  /** The uploaded file's name; partners fetch it from /media/<filename>. */
  filename: string
  height: null | number
  /** The type detected from the bytes at upload, which the file is served as. */
  mimeType: null | string
  width: null | number
}

export type Period = { end: null | number; start: number }

/** A published campaign in every language it has, as delivery needs it. */
export type StoredCampaign = {
  audiences: string[]
  body: Localized<EditorState>
  channels: string[]
  /** Days after the post check when the widget offers the follow-up check; null: none. */
  followUpDays: null | number
  id: number | string
  knowledgeCheck: null | StoredAssessment
  /** Languages with a title: the translations that exist. */
  locales: LocaleCode[]
  period: Period
  slug: string
  summary: Localized<string>
  title: Localized<string>
  updatedAt: string
}

/** Everything partners may be served, loaded at once and rendered from memory. */
export type PublishedContent = {
  campaigns: Map<string, StoredCampaign>
  media: Map<number | string, StoredMedia>
}
