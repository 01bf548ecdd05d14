import type { en } from './locales/en'

/**
 * The widget's own words in one language: every language has the English keys (strings.ts).
 * {placeholders} are filled by `fill`.
 */
export type Strings = Record<keyof typeof en, string>

/**
 * The languages this copy of the widget carries: all eleven in /embed.js (main.ts), one or two
 * in a campaign's script, which the server writes for its language (campaignScript.ts). Kept
 * apart from the locale files so that a campaign's script does not carry them all.
 */
let carried: Record<string, Strings> = {}

export const carryWords = (table: Record<string, Strings>): void => {
  carried = table
}

/**
 * The words for a locale, and the locale they are actually in: English when this copy has
 * them, else the first language it carries (a campaign's script always carries its own).
 */
export const wordsFor = (locale: string): { lang: string; strings: Strings } => {
  if (Object.prototype.hasOwnProperty.call(carried, locale)) {
    return { lang: locale, strings: carried[locale] }
  }
  const lang = carried.en ? 'en' : Object.keys(carried)[0]
  return { lang, strings: carried[lang] }
}

/** Fills {placeholders}. */
export const fill = (text: string, values: Record<string, number | string>): string =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))
