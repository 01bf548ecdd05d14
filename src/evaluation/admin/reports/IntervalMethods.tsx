'use client'

import React from 'react'

import { useAwareTranslation } from '../../../admin/i18n/useAwareTranslation'
import { reportMethods } from '../../reports/reportMethods'

/**
 * How each interval of the report is computed, as the report's `methods` says it (in English,
 * the words of the API and the exports, with their references).
 */
export const IntervalMethods: React.FC = () => {
  const { t } = useAwareTranslation()
  return (
    <details className="aware-methods">
      <summary>{t('aware:methodsTitle')}</summary>
      <dl>
        {Object.entries(reportMethods).map(([figure, method]) => (
          <div key={figure} lang="en">
            <dt>
              <code>{figure}</code>
            </dt>
            <dd>{method}</dd>
          </div>
        ))}
      </dl>
    </details>
  )
}
