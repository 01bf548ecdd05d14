import type { LocaleCode } from '../../domain/locales'
import type { Strings } from './runtime/strings'

import { locales } from '../../domain/locales'
import { widgetStrings } from './runtime/strings'

const STATUS = 'machine-written, needs native review'

/** A table cell: one line, pipes escaped. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/**
 * The widget's own words in every language but English, for docs/translations-review.md (written
 * with the admin's texts by `npm run i18n:review-list`): they were written by the engineers.
 */
export const widgetReviewSections = (): string[] => {
  const keys = Object.keys(widgetStrings.en) as (keyof Strings)[]
  const others = locales.filter((locale) => locale.code !== 'en')
  return [
    [
      '# Widget translations for native review',
      '',
      'The words of the embeddable widget itself (consent, questions, results, follow-up), in',
      'every language campaigns are written in. They live in `src/delivery/widget/runtime/locales/`;',
      '`{n}`, `{i}`, `{b}`, `{c}` and `{a}` are filled in when shown and must stay in each text.',
    ].join('\n'),
    ...others.map(({ code, label }) =>
      [
        `## Widget: ${label} (${code})`,
        '',
        '| key | English | translation | status |',
        '| --- | --- | --- | --- |',
        ...keys.map(
          (key) =>
            `| \`${key}\` | ${cell(widgetStrings.en[key])} | ` +
            `${cell(widgetStrings[code as LocaleCode][key])} | ${STATUS} |`,
        ),
      ].join('\n'),
    ),
  ]
}
