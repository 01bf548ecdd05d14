import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import type { AwareKey, PluralKey } from '../../../src/admin/i18n/strings/en'

import { adminLanguageCodes, adminLanguages } from '../../../src/admin/i18n/adminLanguages'
import { plural } from '../../../src/admin/i18n/plural'
import { renderReviewList, REVIEW_LIST_PATH } from '../../../src/admin/i18n/reviewList'
import { en, extraPluralCategories } from '../../../src/admin/i18n/strings/en'
import { awareStrings } from '../../../src/admin/i18n/translations'
import { projectRoot } from '../../../src/projectRoot'
import { adminI18n, adminWordsIn } from '../../helpers/adminWords'

const englishKeys = Object.keys(en).sort()
const otherLanguages = adminLanguageCodes.filter((code) => code !== 'en')

/** Keys said with a count: English has `key` (other) and `key_one`. */
const pluralKeys = englishKeys.flatMap((key) =>
  key.endsWith('_one') ? [key.slice(0, -4) as PluralKey] : [],
)

/** A language's own keys beyond English's: only the plural forms English lacks. */
const extraForms = (code: (typeof otherLanguages)[number]) =>
  Object.keys(awareStrings[code]).filter((key) => !(key in en))

/** Every text of a language with the English it translates (a plural form: English's general form). */
const pairs = (code: (typeof otherLanguages)[number]) =>
  Object.entries(awareStrings[code] as Record<string, string>).map(([key, text]) => ({
    english: en[(key in en ? key : key.replace(/_(zero|two|few|many)$/, '')) as AwareKey],
    key,
    text,
  }))

/** Texts that are the same word in English and that language (names, loanwords). */
const sameAsEnglish: Record<string, string[]> = {
  // plainChange is only its placeholders and punctuation, which Spanish writes as English does.
  es: ['fieldSourceUrl', 'channelRadio', 'roleEditor', 'plainChange'],
  fr: [
    'fieldSourceUrl',
    'channelRadio',
    'fieldSources',
    'formatPoints',
    'itemsDiscrimination',
    'embedQuestions',
  ],
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

const sourceFiles = async (folder: string): Promise<string[]> => {
  const entries = await readdir(path.join(projectRoot, folder), {
    recursive: true,
    withFileTypes: true,
  })
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

describe("Aware's admin texts in every admin language", () => {
  it('offers English, French, Spanish and Arabic, Arabic right to left', () => {
    expect(adminLanguageCodes.sort()).toEqual(['ar', 'en', 'es', 'fr'])
    expect(adminLanguages.ar.dateFNSKey).toBe('ar')
  })

  it.each(otherLanguages)(
    'has every English key in %s, and beyond them only plural forms of counted texts',
    (code) => {
      expect(englishKeys.filter((key) => !(key in awareStrings[code]))).toEqual([])
      const allowed = new Set(
        pluralKeys.flatMap((key) => extraPluralCategories.map((category) => `${key}_${category}`)),
      )
      expect(extraForms(code).filter((key) => !allowed.has(key))).toEqual([])
    },
  )

  it('gives Arabic every plural form Intl.PluralRules names, for every counted text', () => {
    const categories = new Intl.PluralRules('ar').resolvedOptions().pluralCategories
    expect([...categories].sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero'])
    const missing = pluralKeys.flatMap((key) =>
      categories
        .filter((category) => category !== 'other')
        .map((category) => `${key}_${category}`)
        .filter((form) => !(form in awareStrings.ar)),
    )
    expect(missing).toEqual([])
  })

  it.each(otherLanguages)('leaves no English text in %s', (code) => {
    const untranslated = pairs(code).filter(
      ({ english, key, text }) =>
        text.trim() === english.trim() && !(sameAsEnglish[code] ?? []).includes(key),
    )
    expect(untranslated.map(({ key }) => key)).toEqual([])
    for (const { text } of pairs(code)) expect(text.trim()).not.toBe('')
  })

  it('writes every Arabic text in Arabic script', () => {
    const withoutArabic = englishKeys.filter(
      (key) => !/[\u0600-\u06ff]/.test(awareStrings.ar[key as keyof typeof en]),
    )
    expect(withoutArabic).toEqual([])
  })

  it.each(otherLanguages)('keeps every {{placeholder}} of the English in %s', (code) => {
    // A plural form may say its count in words ("ساعتين", two hours) instead of {{count}}.
    const withoutCount = (text: string) => placeholders(text).filter((name) => name !== 'count')
    const mismatched = pairs(code).filter(({ english, key, text }) =>
      /_(zero|one|two|few|many)$/.test(key)
        ? withoutCount(text).join() !== withoutCount(english).join()
        : placeholders(text).join() !== placeholders(english).join(),
    )
    expect(mismatched.map(({ key }) => key)).toEqual([])
  })

  it('picks the plural form through Intl.PluralRules, the count in the reader’s digits', async () => {
    const arabic = await adminWordsIn('ar')
    const forms = awareStrings.ar
    expect(plural(arabic, 'liveInHours', 0)).toBe(forms.liveInHours_zero)
    expect(plural(arabic, 'liveInHours', 1)).toBe(forms.liveInHours_one)
    expect(plural(arabic, 'liveInHours', 2)).toBe(forms.liveInHours_two)
    // Payload's own `count` takes 6 to 10 for "many"; Arabic says them with the "few" form.
    expect(plural(arabic, 'liveInHours', 7)).toBe(forms.liveInHours_few!.replace('{{count}}', '7'))
    expect(plural(arabic, 'liveInHours', 11)).toBe(
      forms.liveInHours_many!.replace('{{count}}', '11'),
    )
    expect(plural(arabic, 'liveInHours', 100)).toBe(forms.liveInHours.replace('{{count}}', '100'))
    // French says 0 and 1 in the singular; English only 1; both group thousands their own way.
    const french = await adminWordsIn('fr')
    expect(plural(french, 'liveInDays', 0)).toBe('dans 0 jour')
    expect(plural(french, 'liveInDays', 1200)).toBe('dans 1\u202f200 jours')
    const english = await adminWordsIn('en')
    expect(plural(english, 'liveInDays', 0)).toBe('in 0 days')
    expect(plural(english, 'checklistBlocks', 1)).toBe(en.checklistBlocks_one)
    expect(plural(english, 'checklistBlocks', 1200)).toBe('1,200 things block publishing:')
  })

  it('uses every key somewhere in the code, and names no key that does not exist', async () => {
    const files = [...(await sourceFiles('src')), ...(await sourceFiles('collections'))].filter(
      (file) => !file.includes(`${path.sep}i18n${path.sep}strings${path.sep}`),
    )
    const code = files.map((file) => readFileSync(file, 'utf8')).join('\n')
    const unused = englishKeys.filter(
      (key) => !key.endsWith('_one') && !new RegExp(`['\`:]${key}['\`]`).test(code),
    )
    expect(unused).toEqual([])
    const named = [...code.matchAll(/'aware:(\w+)'/g)].map((match) => match[1])
    expect(named.filter((key) => !(key in en))).toEqual([])
  })

  it.each(adminLanguageCodes)(
    'reach Payload’s translation function in %s, and a locked account reads as a wrong password',
    async (language) => {
      const i18n = await adminI18n(language)
      const t = i18n.t as (key: string, vars?: Record<string, unknown>) => string
      expect(t('aware:checklistTitle')).toBe(awareStrings[language].checklistTitle)
      expect(t('aware:publishRefusedMore', { count: '3' })).toBe(
        awareStrings[language].publishRefusedMore.replace('{{count}}', '3'),
      )
      expect(t('error:userLocked')).toBe(t('error:emailOrPasswordIncorrect'))
    },
  )

  it('lists every non-English text for native review, current with the strings', () => {
    const written = readFileSync(path.join(projectRoot, REVIEW_LIST_PATH), 'utf8')
    expect(written, 'strings changed: run `npm run i18n:review-list`').toBe(renderReviewList())
    for (const code of otherLanguages) {
      expect(written).toContain(
        `| \`checklistTitle\` | ${en.checklistTitle} | ${awareStrings[code].checklistTitle} | machine-written, needs native review |`,
      )
    }
  })
})
