import type { CollectionBeforeChangeHook } from 'payload'

import type { Campaign } from '../../../src/payload-types'
import type { TranslationStatus } from '../../../src/editorial/translation/translationStatus'

import { defaultLocale } from '../../../src/domain/locales'
import { campaignBeingSaved } from '../../../src/editorial/readiness/campaignBeingSaved'
import { translationStatusOf } from '../../../src/editorial/translation/translationStatus'

/** Each save records where every translation stands and the default language's title. */
export const recordTranslationStatus: CollectionBeforeChangeHook<Campaign> = async ({
  data,
  originalDoc,
  req,
}) => {
  const { stored, texts } = await campaignBeingSaved(req, data, originalDoc)
  const previous = (stored?.translationStatus ?? null) as null | TranslationStatus
  data.translationStatus = translationStatusOf(texts, previous) as Campaign['translationStatus']
  data.defaultTitle =
    texts.texts.find((entry) => entry.locale === defaultLocale && entry.path === 'title')?.text ??
    null
  return data
}
