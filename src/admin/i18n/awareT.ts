import type { I18n, TFunction } from '@payloadcms/translations'

import type { AwareTranslationKey } from './translations'

/**
 * `req.i18n.t` typed for Aware's keys, for server components and hooks: the texts follow the
 * language of the person making the request (their admin language, else their browser's).
 */
export const awareT = (i18n: I18n): TFunction<AwareTranslationKey> =>
  i18n.t as unknown as TFunction<AwareTranslationKey>
