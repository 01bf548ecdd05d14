'use client'

import { useMemo } from 'react'

import { useAdminWords } from '../../../admin/i18n/useAdminWords'
import { figureFormat } from './format'

/** The figure formats in the reader's admin language, with the words they were made from. */
export const useFigureFormat = () => {
  const words = useAdminWords()
  return { format: useMemo(() => figureFormat(words), [words]), words }
}
