import React from 'react'

import type { ItemFigure } from '../../reports/figureTypes'

import { percent, points, pValue } from './format'

/** Share answering each item right before and after, and McNemar's test on who changed. */
export const ItemsTable: React.FC<{ items: ItemFigure[] }> = ({ items }) =>
  items.length === 0 ? null : (
    <details className="aware-items">
      <summary>Per item ({items.length})</summary>
      <table className="aware-table">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Pre</th>
            <th scope="col">Post</th>
            <th scope="col">Change</th>
            <th
              scope="col"
              title="Paired respondents wrong before and right after (b), and the reverse (c)"
            >
              b / c
            </th>
            <th scope="col">McNemar p</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ item, mcnemar, post, pre }) => (
            <tr key={item}>
              <td>
                <code>{item}</code>
              </td>
              <td>{percent(pre)}</td>
              <td>{percent(post)}</td>
              <td>{pre !== null && post !== null ? points(post - pre) : '–'}</td>
              <td>{mcnemar ? `${mcnemar.b} / ${mcnemar.c}` : 'suppressed'}</td>
              <td>{mcnemar ? pValue(mcnemar.exactP ?? mcnemar.p) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
