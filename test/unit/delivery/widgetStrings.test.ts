import { describe, expect, it } from 'vitest'

import { localeCodes } from '../../../src/domain/locales'
import { fill, stringsFor, widgetStrings } from '../../../src/delivery/widget/runtime/strings'

const en = widgetStrings.en
const keys = Object.keys(en).sort()
const others = localeCodes.filter((code) => code !== 'en')

/** Texts that are the same in English and that language (a loanword spelled alike). */
const sameAsEnglish: Record<string, string[]> = { tl: ['website'] }

/** The scripts a language is written in, so a text pasted in the wrong language shows up. */
const script: Record<string, RegExp> = {
  ar: /[\u0600-\u06ff]/,
  bn: /[\u0980-\u09ff]/,
  hi: /[\u0900-\u097f]/,
  my: /[\u1000-\u109f]/,
  ne: /[\u0900-\u097f]/,
  ur: /[\u0600-\u06ff]/,
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe("the widget's own words", () => {
  it('exist in every language campaigns are written in', () => {
    expect(Object.keys(widgetStrings).sort()).toEqual([...localeCodes].sort())
  })

  it.each(others)('has every English key in %s, none empty, none left in English', (code) => {
    const strings = widgetStrings[code]
    expect(Object.keys(strings).sort()).toEqual(keys)
    for (const key of keys) expect(strings[key as keyof typeof en].trim()).not.toBe('')
    const untranslated = keys.filter(
      (key) =>
        strings[key as keyof typeof en] === en[key as keyof typeof en] &&
        !(sameAsEnglish[code] ?? []).includes(key),
    )
    expect(untranslated).toEqual([])
  })

  it.each(others)('keeps every placeholder of the English text in %s', (code) => {
    for (const key of keys) {
      const english = en[key as keyof typeof en]
      expect([key, placeholders(widgetStrings[code][key as keyof typeof en])]).toEqual([
        key,
        placeholders(english),
      ])
    }
  })

  it.each(Object.keys(script))('writes every %s text in its own script', (code) => {
    const strings = widgetStrings[code as keyof typeof widgetStrings]
    const outside = keys.filter((key) => !script[code].test(strings[key as keyof typeof en]))
    expect(outside).toEqual([])
  })

  it('falls back to English, marked as English, for a language it does not have', () => {
    expect(stringsFor('de')).toEqual({ lang: 'en', strings: en })
    expect(stringsFor('constructor')).toEqual({ lang: 'en', strings: en })
    expect(stringsFor('ur').lang).toBe('ur')
  })

  it('fills placeholders, leaving no braces behind', () => {
    expect(fill(widgetStrings.ur.beforeAfter, { b: 2, c: 4, n: 5 })).toBe(
      'پڑھنے سے پہلے آپ نے 5 میں سے 2 سوالوں کے درست جواب دیے، اور پڑھنے کے بعد 5 میں سے 4۔',
    )
  })
})
