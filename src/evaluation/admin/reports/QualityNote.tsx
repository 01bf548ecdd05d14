'use client'

import React from 'react'

import type { QualityFigures } from '../../reports/qualityFigures'

import { useFigureFormat } from './useFigureFormat'

/** What a row rests on: submissions counted, held for review, excluded and set aside. */
export const QualityNote: React.FC<{ quality: QualityFigures }> = ({ quality }) => {
  const { format, words } = useFigureFormat()
  const { t } = words
  const shown = (value: null | number) =>
    value === null ? t('aware:figureSuppressed') : format.count(value)
  const reasons = Object.entries(quality.reasons).filter(([, value]) => value !== 0)
  return (
    <p className="aware-muted" data-figure="quality">
      {t('aware:qualityNote', {
        approved: quality.approved
          ? t('aware:qualityApproved', { count: shown(quality.approved) })
          : '',
        excluded: shown(quality.excluded),
        flagged: shown(quality.flagged),
        included: shown(quality.included),
        received: shown(quality.received),
        retakes: shown(quality.retakes),
      })}
      {reasons.length > 0 &&
        t('aware:qualityFlags', {
          list: reasons.map(([reason, value]) => `${reason} ${shown(value)}`).join(', '),
        })}
    </p>
  )
}
