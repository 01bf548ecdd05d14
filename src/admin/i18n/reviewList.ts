import type { AdminLanguage } from './adminLanguages'
import type { AwareKey, PluralFormKey } from './strings/en'

import { widgetReviewSections } from '../../delivery/widget/widgetReviewList'
import { en, extraPluralCategories } from './strings/en'
import { awareStrings } from './translations'

/** Where the list lives; `npm run i18n:review-list` writes it, a unit test checks it is current. */
export const REVIEW_LIST_PATH = 'docs/translations-review.md'

const languages: { code: Exclude<AdminLanguage, 'en'>; name: string }[] = [
  { code: 'fr', name: 'French (fr)' },
  { code: 'es', name: 'Spanish (es)' },
  { code: 'ar', name: 'Arabic (ar)' },
]

const STATUS = 'machine-written, needs native review'

/** A table cell: one line, pipes escaped. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/**
 * Every non-English admin text, with its key and English, for a native speaker to review: the
 * strings were written by the engineers, not by translators.
 */
export const renderReviewList = (): string => {
  const keys = Object.keys(en) as AwareKey[]
  /** A language's keys in English's order, its extra plural forms after each singular. */
  const keysOf = (code: Exclude<AdminLanguage, 'en'>) =>
    keys.flatMap((key): { english: string; key: AwareKey | PluralFormKey }[] => {
      const base = key.endsWith('_one') ? (key.slice(0, -4) as AwareKey) : null
      const extras = base
        ? extraPluralCategories
            .map((category) => `${base}_${category}` as PluralFormKey)
            .filter((form) => awareStrings[code][form] !== undefined)
        : []
      return [
        { english: en[key], key },
        ...extras.map((form) => ({ english: en[base as AwareKey], key: form })),
      ]
    })
  const sections = languages.map(({ code, name }) =>
    [
      `## ${name}`,
      '',
      '| key | English | translation | status |',
      '| --- | --- | --- | --- |',
      ...keysOf(code).map(
        ({ english, key }) =>
          `| \`${key}\` | ${cell(english)} | ${cell(awareStrings[code][key] ?? '')} | ${STATUS} |`,
      ),
    ].join('\n'),
  )
  return [
    '# Admin translations for native review',
    '',
    "Aware's own admin texts (field labels and descriptions, the reports, field upload, review and",
    'publishing panels) in French, Spanish and Arabic. They were written by the engineers, not by',
    'native speakers: each needs a native review before an NGO relies on it. Payload’s own admin',
    'texts come translated with `@payloadcms/translations` and are not listed.',
    '',
    'The texts live in `src/admin/i18n/strings/`; `{{name}}` is filled in when shown, and a key',
    'ending `_one` is the singular (Arabic adds `_zero`, `_two`, `_few` and `_many`, the plural',
    'forms `Intl.PluralRules` names; the English beside them is the general form). After a change',
    'there, run `npm run i18n:review-list` to rewrite this file (a unit test fails while it is out',
    'of date). A reviewer who approves a text changes nothing here: tell the team, and the status',
    'column will say so. The file is generated, so Prettier leaves it alone.',
    '',
    ...sections.flatMap((section) => [section, '']),
    ...widgetReviewSections().flatMap((section) => [section, '']),
  ].join('\n')
}
