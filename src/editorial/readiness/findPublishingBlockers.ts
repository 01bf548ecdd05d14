import type { LocaleCode } from '../../domain/locales'
import type { CampaignTexts, FieldPart } from './campaignTexts'

import { englishWords } from '../../admin/i18n/englishWords'
import { blockerSentence } from './blockerSentence'
import { placeholderText } from './placeholderText'

export type BlockerReason =
  | 'hotline-never-verified'
  | 'hotline-placeholder'
  | 'hotline-verification-expired'
  | 'placeholder-text'

/** Something that must change before the campaign may reach partners. */
export type PublishingBlocker = {
  locale: LocaleCode
  /** For expired verifications: the age beyond which a verification no longer counts. */
  maxAgeDays?: number
  /**
   * A sentence an editor or a partner developer can act on, naming locale, field and text, in
   * English (blockerSentence says it in the reader's language). It has no comma of its own: the
   * admin's error toast splits messages at commas.
   */
  message: string
  path: string
  reason: BlockerReason
  /** The text that blocks (the placeholder with some context, or the hotline's name). */
  text: string
  /** For expired verifications: the day it was last verified (YYYY-MM-DD). */
  verifiedOn?: string
  where: FieldPart[]
}

export type BlockerRules = {
  /** A hotline verified longer ago than this no longer counts as verified (HOTLINE_MAX_AGE_DAYS). */
  maxHotlineAgeDays: number
  now: Date
}

const DAY_MS = 86_400_000

/** The blocker with its English sentence. */
const withMessage = (blocker: Omit<PublishingBlocker, 'message'>): PublishingBlocker => ({
  ...blocker,
  message: blockerSentence(blocker, englishWords),
})

const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text)

/** The placeholder with a little of the text around it, so the reader finds the place. */
const around = (text: string, at: number) => {
  const close = text.indexOf(']', at)
  const end = Math.min(text.length, (close === -1 ? at + 140 : close + 1) + 40)
  const start = Math.max(0, at - 60)
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
}

/**
 * What stops a campaign from being published: placeholder text anywhere people read it (every
 * language of the title, summary, body and knowledge check), hotlines still marked as
 * placeholders, and hotlines nobody has verified recently enough. Pure: the caller reads the
 * campaign in every language.
 */
export const findPublishingBlockers = (
  { hotlines, texts }: CampaignTexts,
  { maxHotlineAgeDays, now }: BlockerRules,
): PublishingBlocker[] => {
  const blockers: PublishingBlocker[] = []
  for (const { locale, path, text, where } of texts) {
    const at = text.search(placeholderText)
    if (at === -1) continue
    const shown = around(text, at)
    blockers.push(withMessage({ locale, path, reason: 'placeholder-text', text: shown, where }))
  }
  for (const { hotline, locale, path, where } of hotlines) {
    const base = { locale, path, text: excerpt(hotline.name), where }
    if (hotline.placeholder) {
      blockers.push(withMessage({ ...base, reason: 'hotline-placeholder' }))
      continue
    }
    // Counted in calendar days: verified on 1 March, it still counts on 1 March a year later.
    const verified = hotline.lastVerified ? Date.parse(hotline.lastVerified) : Number.NaN
    if (Number.isNaN(verified)) {
      blockers.push(withMessage({ ...base, reason: 'hotline-never-verified' }))
    } else if (
      Math.floor(now.getTime() / DAY_MS) - Math.floor(verified / DAY_MS) >
      maxHotlineAgeDays
    ) {
      blockers.push(
        withMessage({
          ...base,
          maxAgeDays: maxHotlineAgeDays,
          reason: 'hotline-verification-expired',
          verifiedOn: new Date(verified).toISOString().slice(0, 10),
        }),
      )
    }
  }
  return blockers
}
