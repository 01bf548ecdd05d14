import { initI18n } from '@payloadcms/translations'
import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { adminLanguageCodes, adminLanguages } from '../../../src/admin/i18n/adminLanguages'
import { renderReviewList, REVIEW_LIST_PATH } from '../../../src/admin/i18n/reviewList'
import { en } from '../../../src/admin/i18n/strings/en'
import { adminTranslations, awareStrings } from '../../../src/admin/i18n/translations'
import { projectRoot } from '../../../src/projectRoot'

const englishKeys = Object.keys(en).sort()
const otherLanguages = adminLanguageCodes.filter((code) => code !== 'en')

/** Texts that are the same word in English and that language (names, loanwords). */
const sameAsEnglish: Record<string, string[]> = {
  es: ['fieldSourceUrl', 'channelRadio', 'roleEditor'],
  fr: ['fieldSourceUrl', 'channelRadio', 'fieldSources'],
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

  it.each(otherLanguages)('has every English key in %s, and nothing else', (code) => {
    expect(Object.keys(awareStrings[code]).sort()).toEqual(englishKeys)
  })

  it.each(otherLanguages)('leaves no English text in %s', (code) => {
    const strings = awareStrings[code]
    const untranslated = englishKeys.filter(
      (key) =>
        strings[key as keyof typeof en].trim() === en[key as keyof typeof en].trim() &&
        !(sameAsEnglish[code] ?? []).includes(key),
    )
    expect(untranslated).toEqual([])
    for (const key of englishKeys) expect(strings[key as keyof typeof en].trim()).not.toBe('')
  })

  it('writes every Arabic text in Arabic script', () => {
    const withoutArabic = englishKeys.filter(
      (key) => !/[\u0600-\u06ff]/.test(awareStrings.ar[key as keyof typeof en]),
    )
    expect(withoutArabic).toEqual([])
  })

  it.each(otherLanguages)('keeps every {{placeholder}} of the English in %s', (code) => {
    const mismatched = englishKeys.filter(
      (key) =>
        placeholders(awareStrings[code][key as keyof typeof en]).join() !==
        placeholders(en[key as keyof typeof en]).join(),
    )
    expect(mismatched).toEqual([])
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
      const i18n = await initI18n({
        // Payload's config merges these the same way (payload.config.ts, i18n).
        config: {
          fallbackLanguage: 'en',
          supportedLanguages: adminLanguages,
          translations: adminTranslations,
        },
        context: 'api',
        language,
      } as unknown as Parameters<typeof initI18n>[0])
      const t = i18n.t as (key: string, vars?: Record<string, unknown>) => string
      expect(t('aware:checklistTitle')).toBe(awareStrings[language].checklistTitle)
      expect(t('aware:checklistBlocks', { count: 1 })).toBe(
        awareStrings[language].checklistBlocks_one,
      )
      expect(t('aware:checklistBlocks', { count: 3 })).toBe(
        awareStrings[language].checklistBlocks.replace('{{count}}', '3'),
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
