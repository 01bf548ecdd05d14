import React from 'react'

import { reportMethods } from '../../reports/reportMethods'

/** How each interval of the report is computed, as the report's `methods` says it. */
export const IntervalMethods: React.FC = () => (
  <details className="aware-methods">
    <summary>How the intervals are computed</summary>
    <dl>
      {Object.entries(reportMethods).map(([figure, method]) => (
        <div key={figure}>
          <dt>
            <code>{figure}</code>
          </dt>
          <dd>{method}</dd>
        </div>
      ))}
    </dl>
  </details>
)
