'use client'

import { useMemo } from 'react'

import type { AdminWords } from './adminWords'

import { adminWordsOf } from './adminWords'
import { useAwareTranslation } from './useAwareTranslation'

/** The reader's admin language and its texts, for `plural`, `rich` and the figure formats. */
export const useAdminWords = (): AdminWords => {
  const { i18n } = useAwareTranslation()
  return useMemo(() => adminWordsOf(i18n), [i18n])
}
