import React from 'react'

import type { QualityFigures } from '../../reports/qualityFigures'

const shown = (value: null | number) => (value === null ? 'suppressed' : String(value))

/** What a row rests on: submissions counted, held for review, excluded and set aside. */
export const QualityNote: React.FC<{ quality: QualityFigures }> = ({ quality }) => {
  const reasons = Object.entries(quality.reasons).filter(([, value]) => value !== 0)
  return (
    <p className="aware-muted" data-figure="quality">
      Knowledge checks: {shown(quality.received)} received, {shown(quality.included)} counted
      {quality.approved ? ` (${shown(quality.approved)} approved on review)` : ''},{' '}
      {shown(quality.flagged)} flagged and awaiting review, {shown(quality.excluded)} excluded,{' '}
      {shown(quality.retakes)} retakes set aside (the earliest of a phase counts).
      {reasons.length > 0 &&
        ` Flags: ${reasons.map(([reason, value]) => `${reason} ${shown(value)}`).join(', ')}.`}
    </p>
  )
}
