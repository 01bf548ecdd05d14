import type { LocaleCode } from '../../domain/locales'
import type { PublishedContent } from '../content/publishedContent'
import type { Representation } from './representation'

import { campaignSummaryView, campaignView } from '../content/campaignView'
import { isRunning, nextChange } from '../content/schedule'
import { representationOf } from './representation'

export type EntryKey =
  | { audiences: string[]; kind: 'list'; locale: LocaleCode }
  | { kind: 'campaign'; locale: LocaleCode; slug: string }

export type CampaignEntry =
  { audiences: string[]; kind: 'found'; representation: Representation } | { kind: 'absent' }

export type ListEntry = { kind: 'list'; representation: Representation }

export type CacheEntry = { changesAt: number } & (CampaignEntry | ListEntry)

export const entryKeyString = (key: EntryKey): string =>
  key.kind === 'list'
    ? `list|${key.locale}|${key.audiences.join(',')}`
    : `campaign|${key.locale}|${key.slug}`

const buildCampaignEntry = (
  content: PublishedContent,
  key: Extract<EntryKey, { kind: 'campaign' }>,
  now: number,
): CacheEntry => {
  const campaign = content.campaigns.get(key.slug)
  if (!campaign) return { changesAt: Number.POSITIVE_INFINITY, kind: 'absent' }
  const changesAt = nextChange(campaign.period, now)
  if (!isRunning(campaign.period, now)) return { changesAt, kind: 'absent' }
  const view = campaignView(campaign, key.locale, content.media)
  return {
    audiences: campaign.audiences,
    changesAt,
    kind: 'found',
    representation: representationOf(view, view.locale),
  }
}

const buildListEntry = (
  content: PublishedContent,
  key: Extract<EntryKey, { kind: 'list' }>,
  now: number,
): CacheEntry => {
  const forTheseAudiences = [...content.campaigns.values()].filter((campaign) =>
    campaign.audiences.some((audience) => key.audiences.includes(audience)),
  )
  const running = forTheseAudiences
    .filter((campaign) => isRunning(campaign.period, now))
    .sort((a, b) => b.period.start - a.period.start || a.slug.localeCompare(b.slug))
  const changesAt = Math.min(
    Number.POSITIVE_INFINITY,
    ...forTheseAudiences.map((campaign) => nextChange(campaign.period, now)),
  )
  const body = {
    audiences: key.audiences,
    campaigns: running.map((campaign) => campaignSummaryView(campaign, key.locale)),
    locale: key.locale,
  }
  return { changesAt, kind: 'list', representation: representationOf(body) }
}

/** Renders what one cache key answers, from the published content, as of `now`. */
export const buildEntry = (content: PublishedContent, key: EntryKey, now: number): CacheEntry =>
  key.kind === 'list' ? buildListEntry(content, key, now) : buildCampaignEntry(content, key, now)
