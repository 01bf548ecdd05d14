import type { AdminWords } from './adminWords'
import type { PluralKey } from './strings/en'
import type { AwareTranslationKey } from './translations'

import { formatCount } from './adminFormat'

/**
 * A text with a count in it, in the form the reader's language uses for that count:
 * `Intl.PluralRules` names the category (Arabic has zero, one, two, few, many and other; English
 * one and other) and `key_<category>` is used where the language has it, else `key`. The count is
 * written with the language's digits and separators. (Payload's own `count` option guesses the
 * categories from the number alone, which is wrong for Arabic from 3 to 10 and for French 0.)
 */
export const plural = (
  words: AdminWords,
  key: PluralKey,
  count: number,
  vars: Record<string, string> = {},
): string =>
  words.t(pluralForm(words, key, count), { ...vars, count: formatCount(words.language, count) })

/** The key of the form `plural` uses, for a text whose count is shown as an element (`rich`). */
export const pluralForm = (
  words: AdminWords,
  key: PluralKey,
  count: number,
): AwareTranslationKey => {
  const category = new Intl.PluralRules(words.language).select(count)
  const form = `${key}_${category}`
  return `aware:${category !== 'other' && words.strings[form] !== undefined ? form : key}` as AwareTranslationKey
}
