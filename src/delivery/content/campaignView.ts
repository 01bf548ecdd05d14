import type { LocaleCode } from '../../domain/locales'
import type { MediaPath } from './bodyHtml'
import type { HotlineView } from './hotlines'
import type {
  EditorState,
  PublishedContent,
  StoredAssessment,
  StoredCampaign,
} from './publishedContent'

import { defaultLocale, isRightToLeft } from '../../domain/locales'
import { bodyHtml } from './bodyHtml'
import { hotlinesIn } from './hotlines'
import { pickLocale } from './localized'

export type KnowledgeCheckView = {
  /** The assessment id the widget sends back with each submission. */
  assessment: number | string
  items: {
    choices: { key: string; label: string }[]
    domain: string
    key: string
    /** More than one choice is correct: ask the respondent to pick every one that applies. */
    multiple: boolean
    question: string
  }[]
  /** The answer-key revision the respondent sees; submissions name it to be scored against it. */
  revision: number
  slug: string
  title: string
}

export type CampaignSummaryView = {
  audiences: string[]
  channels: string[]
  dir: 'ltr' | 'rtl'
  /** True when some text came from the fallback locale because it is not translated yet. */
  fallback: boolean
  hasKnowledgeCheck: boolean
  id: number | string
  /** The language served. */
  locale: LocaleCode
  /** Every language the campaign is translated into. */
  locales: LocaleCode[]
  period: { end: null | string; start: string }
  slug: string
  summary: null | string
  title: string
  updatedAt: string
}

export type CampaignView = CampaignSummaryView & {
  body: { html: string; lexical: EditorState | null }
  /** Days after the post check when the widget offers the follow-up check; null: none. */
  followUpDays: null | number
  hotlines: HotlineView[]
  knowledgeCheck: KnowledgeCheckView | null
}

/** The translation a campaign is served in: the one asked for when it exists, else the default. */
export const servedLocale = (campaign: StoredCampaign, requested: LocaleCode): LocaleCode =>
  campaign.title[requested] !== undefined
    ? requested
    : campaign.title[defaultLocale] !== undefined
      ? defaultLocale
      : (campaign.locales[0] ?? defaultLocale)

const iso = (instant: null | number): null | string =>
  instant === null || !Number.isFinite(instant) ? null : new Date(instant).toISOString()

const summaryOf = (campaign: StoredCampaign, requested: LocaleCode) => {
  const locale = servedLocale(campaign, requested)
  const title = pickLocale(campaign.title, locale)
  const summary = pickLocale(campaign.summary, locale)
  const view: CampaignSummaryView = {
    audiences: campaign.audiences,
    channels: campaign.channels,
    dir: isRightToLeft(locale) ? 'rtl' : 'ltr',
    fallback: locale !== requested || title.fromFallback || summary.fromFallback,
    hasKnowledgeCheck: campaign.knowledgeCheck !== null,
    id: campaign.id,
    locale,
    locales: campaign.locales,
    period: { end: iso(campaign.period.end), start: iso(campaign.period.start) ?? '' },
    slug: campaign.slug,
    summary: summary.value ?? null,
    title: title.value ?? campaign.slug,
    updatedAt: campaign.updatedAt,
  }
  return view
}

export const campaignSummaryView = summaryOf

/** Questions and choices only: which choices are correct, and why, never leave the server here. */
const knowledgeCheckView = (
  assessment: StoredAssessment,
  locale: LocaleCode,
): { fromFallback: boolean; view: KnowledgeCheckView } => {
  let fromFallback = false
  const text = (localized: StoredAssessment['title']) => {
    const picked = pickLocale(localized, locale)
    fromFallback ||= picked.fromFallback
    return picked.value ?? ''
  }
  const view: KnowledgeCheckView = {
    assessment: assessment.id,
    items: assessment.items.map((item) => ({
      choices: item.choices.map((choice) => ({ key: choice.key, label: text(choice.label) })),
      domain: item.domain,
      key: item.key,
      multiple: item.choices.filter((choice) => choice.correct).length > 1,
      question: text(item.question),
    })),
    revision: assessment.revision,
    slug: assessment.slug,
    title: text(assessment.title),
  }
  return { fromFallback, view }
}

export const campaignView = (
  campaign: StoredCampaign,
  requested: LocaleCode,
  media: PublishedContent['media'],
  mediaPath?: MediaPath,
): CampaignView => {
  const summary = summaryOf(campaign, requested)
  const body = pickLocale(campaign.body, summary.locale)
  const check = campaign.knowledgeCheck
    ? knowledgeCheckView(campaign.knowledgeCheck, summary.locale)
    : null
  return {
    ...summary,
    body: {
      html: bodyHtml(body.value, media, summary.locale, mediaPath),
      lexical: body.value ?? null,
    },
    fallback: summary.fallback || body.fromFallback || (check?.fromFallback ?? false),
    followUpDays: campaign.followUpDays,
    hotlines: hotlinesIn(body.value),
    knowledgeCheck: check?.view ?? null,
  }
}
