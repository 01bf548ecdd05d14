'use client'

import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

import type { TranslationStatus } from '../translation/translationStatus'

import { useAwareTranslation } from '../../admin/i18n/useAwareTranslation'
import { stateLabel } from './translationLabels'
import './editorial.scss'

/** The list's “Translations” column: each language's code with its state. */
export const TranslationStatusCell: React.FC<DefaultCellComponentProps> = ({ cellData }) => {
  const { t } = useAwareTranslation()
  const status = cellData as null | TranslationStatus | undefined
  const entries = Object.entries(status?.locales ?? {})
  if (entries.length === 0) return <span className="aware-translations">—</span>
  return (
    <span className="aware-translations">
      {entries.map(([code, entry]) => (
        <span
          className={`aware-translation aware-translation--${entry.state}`}
          key={code}
          title={stateLabel(entry, t)}
        >
          {code} {entry.state === 'complete' ? '✓' : entry.state}
        </span>
      ))}
    </span>
  )
}
