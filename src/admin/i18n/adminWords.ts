import type { I18n, TFunction } from '@payloadcms/translations'

import type { AwareTranslationKey } from './translations'

/**
 * What Aware's admin texts are written with: the reader's admin language (their choice on the
 * account page, else their browser's) and Payload's translation function for it. Numbers, dates
 * and plurals follow `language`, never the browser's own locale.
 */
export type AdminWords = {
  language: string
  /** Aware's texts in that language, to know which plural forms it has. */
  strings: Readonly<Partial<Record<string, string>>>
  t: TFunction<AwareTranslationKey>
}

/** From Payload's i18n: `req.i18n` on the server, `useTranslation().i18n` in the browser. */
export const adminWordsOf = (
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- every I18n, client or server
  i18n: Pick<I18n<any, any>, 'language' | 't' | 'translations'>,
): AdminWords => ({
  language: i18n.language,
  strings: (i18n.translations as { aware?: Record<string, string> }).aware ?? {},
  t: i18n.t as unknown as TFunction<AwareTranslationKey>,
})
