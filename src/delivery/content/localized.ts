import type { LocaleCode } from '../../domain/locales'

import { defaultLocale, isLocaleCode } from '../../domain/locales'

/** A localized field read with `locale: 'all'`: one value per locale that has one. */
export type Localized<T> = Partial<Record<LocaleCode, T>>

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isPresent = (value: unknown): boolean => value !== null && value !== undefined && value !== ''

/**
 * Payload returns `{ en: …, tl: … }` for localized fields when asked for every locale. The
 * generated types describe one locale only, so the shape is checked here rather than cast.
 */
export const readLocalized = <T>(
  value: unknown,
  isValue: (candidate: unknown) => candidate is T,
): Localized<T> => {
  const localized: Localized<T> = {}
  if (!isRecord(value)) return localized
  for (const [code, candidate] of Object.entries(value)) {
    if (isLocaleCode(code) && isPresent(candidate) && isValue(candidate))
      localized[code] = candidate
  }
  return localized
}

export const isString = (value: unknown): value is string => typeof value === 'string'

export type Picked<T> = { fromFallback: boolean; value: T | undefined }

/** The value in the wanted locale, else in the default locale (and says so). */
export const pickLocale = <T>(localized: Localized<T>, locale: LocaleCode): Picked<T> => {
  if (localized[locale] !== undefined) return { fromFallback: false, value: localized[locale] }
  return { fromFallback: localized[defaultLocale] !== undefined, value: localized[defaultLocale] }
}

export const localesOf = (localized: Localized<unknown>): LocaleCode[] =>
  Object.keys(localized).filter(isLocaleCode)
