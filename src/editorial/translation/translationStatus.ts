import { createHash } from 'node:crypto'

import type { LocaleCode } from '../../domain/locales'
import type { CampaignTexts } from '../readiness/campaignTexts'

import { defaultLocale, localeCodes } from '../../domain/locales'

/** The campaign's own parts a translation carries (its knowledge check is translated apart). */
export const translatedParts = ['title', 'summary', 'body'] as const

export type TranslatedPart = (typeof translatedParts)[number]

export type TranslationState = 'complete' | 'missing' | 'stale'

/**
 * One language of a campaign: `own` digests its text, `basis` the default language's text it
 * was last edited against; `missing` lists the parts the default language has and it lacks.
 */
export type LocaleTranslation = {
  basis: string
  missing: TranslatedPart[]
  own: string
  state: TranslationState
}

export type TranslationStatus = {
  defaultLocale: LocaleCode
  locales: Partial<Record<LocaleCode, LocaleTranslation>>
}

const partOf = (path: string): null | TranslatedPart => {
  const head = path.split('.')[0]
  return (translatedParts as readonly string[]).includes(head) ? (head as TranslatedPart) : null
}

const digest = (texts: CampaignTexts['texts']) =>
  createHash('sha256')
    .update(JSON.stringify(texts.map(({ path, text }) => [path, text])))
    .digest('hex')

/**
 * Where each translation stands after a save. A translation edited in this save (its digest
 * moved) is now based on the default language as it reads; one left alone keeps its basis, so
 * when the default language changes later it becomes `stale` until someone edits it again. With
 * no earlier record (a campaign saved before this existed) a translation counts as current.
 */
export const translationStatusOf = (
  { texts }: CampaignTexts,
  previous: null | TranslationStatus | undefined,
): TranslationStatus => {
  const ownTexts = (locale: LocaleCode) =>
    texts.filter((entry) => entry.locale === locale && partOf(entry.path) !== null)
  const partsIn = (locale: LocaleCode) =>
    new Set(ownTexts(locale).map((entry) => partOf(entry.path)))
  const defaultTexts = ownTexts(defaultLocale)
  const basisNow = digest(defaultTexts)
  const defaultParts = partsIn(defaultLocale)
  const locales: TranslationStatus['locales'] = {}
  for (const locale of localeCodes) {
    if (locale === defaultLocale) continue
    const mine = ownTexts(locale)
    if (mine.length === 0) continue
    const own = digest(mine)
    const before = previous?.locales?.[locale]
    const basis = before && before.own === own ? before.basis : basisNow
    const present = partsIn(locale)
    const missing = translatedParts.filter((part) => defaultParts.has(part) && !present.has(part))
    const state: TranslationState =
      missing.length > 0 ? 'missing' : basis !== basisNow ? 'stale' : 'complete'
    locales[locale] = { basis, missing, own, state }
  }
  return { defaultLocale, locales }
}
