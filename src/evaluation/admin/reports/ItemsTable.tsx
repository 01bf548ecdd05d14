import React from 'react'

import type { Interval, ItemFigure, KnowledgeFigures } from '../../reports/figureTypes'

import { percent, percentInterval, points, pValue } from './format'

const flagLabels: Record<string, string> = {
  ceiling: 'over 90 % right before: no room to show learning',
  'low-discrimination': 'barely tells who knows (r < 0.1)',
  'unused-distractor': 'a wrong choice nobody picks',
}

/** A share with its Wilson 95 % interval beneath it, where there is one. */
const shareCell = (share: null | number, [low, high]: Interval) => (
  <td title={percentInterval([low, high]) || undefined}>
    {percent(share)}
    {low !== null && high !== null && (
      <span className="aware-muted aware-interval">
        {' '}
        ({(low * 100).toFixed(0)}–{(high * 100).toFixed(0)})
      </span>
    )}
  </td>
)

const correlation = (value: null | number) => (value === null ? '–' : value.toFixed(2))

const reliabilityText = (figure: KnowledgeFigures['reliability']['pre']) => {
  if ('suppressed' in figure) return 'suppressed'
  const { kr20, n } = figure
  return `${kr20 === null ? '–' : kr20.toFixed(2)} (n ${n})`
}

/**
 * Per item: share right before and after (difficulty), McNemar's test on who changed, how well
 * the item tells who knows from who does not (corrected item-total correlation), what needs the
 * author's attention; and the check's KR-20.
 */
export const ItemsTable: React.FC<{
  items: ItemFigure[]
  /** Each item's question, by key, in the reader's language; the key when it has none. */
  questions: Record<string, string>
  reliability: KnowledgeFigures['reliability']
}> = ({ items, questions, reliability }) =>
  items.length === 0 ? null : (
    <details className="aware-items">
      <summary>Per item ({items.length})</summary>
      <p className="aware-muted" data-figure="kr20">
        Internal consistency (KR-20): before {reliabilityText(reliability.pre)}, after{' '}
        {reliabilityText(reliability.post)}.
      </p>
      <table className="aware-table">
        <thead>
          <tr>
            <th scope="col">Question</th>
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
            <th scope="col" title="Corrected item-total correlation, before / after">
              Discrimination
            </th>
            <th scope="col">Look at</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ discrimination, flags, item, mcnemar, post, postCi, pre, preCi }) => (
            <tr key={item}>
              <td data-item={item}>{questions[item] ?? <code>{item}</code>}</td>
              {shareCell(pre, preCi)}
              {shareCell(post, postCi)}
              <td>{pre !== null && post !== null ? points(post - pre) : '–'}</td>
              <td>{mcnemar ? `${mcnemar.b} / ${mcnemar.c}` : 'suppressed'}</td>
              <td>{mcnemar ? pValue(mcnemar.exactP ?? mcnemar.p) : '–'}</td>
              <td>
                {correlation(discrimination.pre)} / {correlation(discrimination.post)}
              </td>
              <td data-flags={flags.join(' ')}>
                {flags.map((flag) => flagLabels[flag] ?? flag).join('; ') || '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
