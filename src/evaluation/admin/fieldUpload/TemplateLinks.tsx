'use client'

import React, { useState } from 'react'

import { useAwareTranslation } from '../../../admin/i18n/useAwareTranslation'
import { locales } from '../../../domain/locales'
import { Field } from '../Field'

const BASE = '/api/events/import'

/**
 * For one campaign, in the language chosen: the sheet to fill in (CSV or Excel, with each question
 * in that language and an example row) and the knowledge check to print for paper sessions.
 */
export const TemplateLinks: React.FC<{ slug: string }> = ({ slug }) => {
  const { t } = useAwareTranslation()
  const [locale, setLocale] = useState('en')
  const query = `campaign=${encodeURIComponent(slug)}&locale=${locale}`
  return (
    <>
      <Field label={t('aware:uploadSheetLanguage')}>
        {(id) => (
          <select id={id} onChange={(event) => setLocale(event.target.value)} value={locale}>
            {locales.map((option) => (
              <option key={option.code} lang={option.code} value={option.code}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ul className="aware-upload__links">
        <li>
          <a download href={`${BASE}/template?${query}`}>
            {t('aware:uploadCsvTemplate')}
          </a>
        </li>
        <li>
          <a download href={`${BASE}/template?${query}&format=xlsx`}>
            {t('aware:uploadXlsxTemplate')}
          </a>
        </li>
        <li>
          <a href={`${BASE}/paper?${query}`} rel="noopener" target="_blank">
            {t('aware:uploadPaper')}
          </a>
        </li>
      </ul>
      <p className="aware-upload__hint">{t('aware:uploadTemplateHint')}</p>
    </>
  )
}
