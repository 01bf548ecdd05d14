import { t } from '@payloadcms/translations'

import type { AdminWords } from './adminWords'

import { en } from './strings/en'

/**
 * Aware's texts in English through Payload's own translation function, for what is written
 * outside a person's request: the donor summary, logs, tests.
 */
export const englishWords: AdminWords = {
  language: 'en',
  strings: en,
  t: (key, vars) => t({ key, translations: { aware: en }, vars }),
}
