import type { LocaleCode } from '../../../domain/locales'
import type { Strings } from './words'

import { ar } from './locales/ar'
import { bn } from './locales/bn'
import { en } from './locales/en'
import { es } from './locales/es'
import { fr } from './locales/fr'
import { hi } from './locales/hi'
import { id } from './locales/id'
import { my } from './locales/my'
import { ne } from './locales/ne'
import { tl } from './locales/tl'
import { ur } from './locales/ur'

export type { Strings } from './words'
export { fill } from './words'

/**
 * The widget's own words, in plain language, in every language campaigns are written in
 * (src/domain/locales.ts). A language outside that list shows them in English, marked lang="en"
 * for screen readers. {placeholders} are filled by `fill`.
 */
export const widgetStrings: Record<LocaleCode, Strings> = {
  ar,
  bn,
  en,
  es,
  fr,
  hi,
  id,
  my,
  ne,
  tl,
  ur,
}

const isKnown = (locale: string): locale is LocaleCode =>
  Object.prototype.hasOwnProperty.call(widgetStrings, locale)

/** The strings for a locale, and the locale they are actually in. */
export const stringsFor = (locale: string): { lang: string; strings: Strings } =>
  isKnown(locale) ? { lang: locale, strings: widgetStrings[locale] } : { lang: 'en', strings: en }
