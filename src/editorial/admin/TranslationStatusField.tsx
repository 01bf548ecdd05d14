'use client'

import { useFormFields } from '@payloadcms/ui'
import React from 'react'

import type { TranslationStatus } from '../translation/translationStatus'

import { locales } from '../../domain/locales'
import { useAwareTranslation } from '../../admin/i18n/useAwareTranslation'
import { stateLabel } from './translationLabels'
import './editorial.scss'

const nameOf = (code: string) => locales.find((locale) => locale.code === code)?.label ?? code

/** “Translations” in the edit view: each language, complete, missing what, or stale. */
export const TranslationStatusField: React.FC = () => {
  const { t } = useAwareTranslation()
  const status = useFormFields(([fields]) => fields.translationStatus?.value) as
    null | TranslationStatus | undefined
  const entries = Object.entries(status?.locales ?? {})
  return (
    <section aria-labelledby="aware-translations-title" className="aware-checklist">
      <h3 id="aware-translations-title">{t('aware:translationsTitle')}</h3>
      {entries.length === 0 ? (
        <p>{t('aware:translationsNone')}</p>
      ) : (
        <ul className="aware-translations__list">
          {entries.map(([code, entry]) => (
            <li data-state={entry.state} key={code}>
              <strong>{nameOf(code)}</strong> — {stateLabel(entry, t)}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
