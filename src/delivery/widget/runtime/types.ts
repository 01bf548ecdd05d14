/**
 * The shapes the widget reads from the delivery API and sends to POST /api/events. They mirror
 * src/delivery/content/campaignView.ts and src/evaluation/events/wireEvent.ts; the widget cannot
 * import server modules (they would pull Payload into the bundle), so the integration tests
 * check these against real responses instead.
 */
export type {
  BatchResult,
  SubmissionFeedback,
  WireEvent,
} from '../../../evaluation/events/wireEvent'

import type { QuestionMode } from './questionMode'

export type Choice = { key: string; label: string }

export type Item = {
  choices: Choice[]
  domain: string
  key: string
  multiple: boolean
  question: string
}

export type KnowledgeCheck = {
  assessment: number | string
  items: Item[]
  revision: number
  slug: string
  title: string
}

export type Hotline = {
  country: string
  hours: null | string
  name: string
  phone: null | string
  placeholder: boolean
  telephone: null | string
  url: null | string
}

export type Campaign = {
  audiences: string[]
  body: { html: string }
  dir: 'ltr' | 'rtl'
  fallback: boolean
  /** Days after the post check when the follow-up check is offered; null: no follow-up. */
  followUpDays: null | number
  hotlines: Hotline[]
  id: number | string
  knowledgeCheck: KnowledgeCheck | null
  locale: string
  slug: string
  summary: null | string
  title: string
}

/** Everything one embed needs, read from the script tag and the target element. */
export type WidgetConfig = {
  apiBase: string
  audience: null | string
  campaign: string
  channel: string
  key: string
  locale: string
  /**
   * Preview of a draft (an Aware preview page, never a partner's): the campaign is read from this
   * URL on Aware's own origin, and nothing is sent, counted or kept on the device.
   */
  preview: null | string
  /** data-questions: how the checks lay out their questions; null chooses by the widget's width. */
  questions: null | QuestionMode
}
