import type { TFunction } from '@payloadcms/translations'

import type { AwareTranslationKey } from '../../admin/i18n/translations'
import type { LocaleTranslation } from '../translation/translationStatus'

const partKey = {
  body: 'aware:translationsPartBody',
  summary: 'aware:translationsPartSummary',
  title: 'aware:translationsPartTitle',
} as const satisfies Record<string, AwareTranslationKey>

/** One sentence per translation state, as the list's tooltip and the edit view say it. */
export const stateLabel = (entry: LocaleTranslation, t: TFunction<AwareTranslationKey>): string => {
  if (entry.state === 'missing') {
    return t('aware:translationsMissing', {
      parts: entry.missing.map((part) => t(partKey[part])).join(', '),
    })
  }
  if (entry.state === 'stale') return t('aware:translationsStale')
  return t('aware:translationsComplete')
}
