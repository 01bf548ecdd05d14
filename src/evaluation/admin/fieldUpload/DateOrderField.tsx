'use client'

import React from 'react'

import { useAwareTranslation } from '../../../admin/i18n/useAwareTranslation'
import { Field } from '../Field'

/** How the file writes dates such as 03/04/2026; unsaid, the server refuses them row by row. */
export const DateOrderField: React.FC<{ onChange: (order: string) => void; value: string }> = ({
  onChange,
  value,
}) => {
  const { t } = useAwareTranslation()
  return (
    <Field label={t('aware:uploadDates')}>
      {(id) => (
        <select id={id} onChange={(event) => onChange(event.target.value)} value={value}>
          <option value="">{t('aware:uploadDatesUnsaid')}</option>
          <option value="day-first">{t('aware:uploadDatesDayFirst')}</option>
          <option value="month-first">{t('aware:uploadDatesMonthFirst')}</option>
        </select>
      )}
    </Field>
  )
}
