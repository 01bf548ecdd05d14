import type { AdminLanguage } from '../../src/admin/i18n/adminLanguages'
import type { AdminWords } from '../../src/admin/i18n/adminWords'

import { initI18n } from '@payloadcms/translations'

import { adminLanguages } from '../../src/admin/i18n/adminLanguages'
import { adminWordsOf } from '../../src/admin/i18n/adminWords'
import { adminTranslations } from '../../src/admin/i18n/translations'

/** Payload's i18n for an admin language, with Aware's texts merged as payload.config.ts does. */
export const adminI18n = (language: AdminLanguage) =>
  initI18n({
    config: {
      fallbackLanguage: 'en',
      supportedLanguages: adminLanguages,
      translations: adminTranslations,
    },
    context: 'client',
    language,
  } as unknown as Parameters<typeof initI18n>[0])

/** What the admin's views write with, for a reader of that language. */
export const adminWordsIn = async (language: AdminLanguage): Promise<AdminWords> =>
  adminWordsOf(await adminI18n(language))
