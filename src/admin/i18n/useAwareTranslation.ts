'use client'

import { useTranslation } from '@payloadcms/ui'

import type { AwareTranslationKey, AwareTranslationsObject } from './translations'

/**
 * Payload's `useTranslation`, typed for Aware's keys: `t('aware:checklistTitle')`, and the
 * user's admin language (`i18n.language`) for dates and numbers.
 */
export const useAwareTranslation = () =>
  useTranslation<AwareTranslationsObject, AwareTranslationKey>()
