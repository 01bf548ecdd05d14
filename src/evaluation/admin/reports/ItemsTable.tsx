'use client'

import React from 'react'

import type { AwareTranslationKey } from '../../../admin/i18n/translations'
import type { Interval, ItemFigure, KnowledgeFigures } from '../../reports/figureTypes'

import { useFigureFormat } from './useFigureFormat'

const flagLabels: Record<string, AwareTranslationKey> = {
  ceiling: 'aware:itemsFlagCeiling',
  'low-discrimination': 'aware:itemsFlagLowDiscrimination',
  'unused-distractor': 'aware:itemsFlagUnusedDistractor',
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
}> = ({ items, questions, reliability }) => {
  const { format, words } = useFigureFormat()
  const { count, decimal, percent, percentInterval, points, pValue } = format
  const { t } = words
  /** A share with its Wilson 95 % interval beneath it, where there is one. */
  const shareCell = (share: null | number, [low, high]: Interval) => (
    <td title={percentInterval([low, high]) || undefined}>
      {percent(share)}
      {low !== null && high !== null && (
        <span className="aware-muted aware-interval">
          {' '}
          ({decimal(low * 100, 0)}–{decimal(high * 100, 0)})
        </span>
      )}
    </td>
  )
  const reliabilityText = (figure: KnowledgeFigures['reliability']['pre']) => {
    if ('suppressed' in figure) return t('aware:figureSuppressed')
    return `${decimal(figure.kr20)} (n ${count(figure.n)})`
  }
  if (items.length === 0) return null
  return (
    <details className="aware-items">
      <summary>{t('aware:itemsTitle', { count: count(items.length) })}</summary>
      <p className="aware-muted" data-figure="kr20">
        {t('aware:itemsReliability', {
          post: reliabilityText(reliability.post),
          pre: reliabilityText(reliability.pre),
        })}
      </p>
      <table className="aware-table">
        <thead>
          <tr>
            <th scope="col">{t('aware:itemsQuestion')}</th>
            <th scope="col">{t('aware:knowledgePre')}</th>
            <th scope="col">{t('aware:knowledgePost')}</th>
            <th scope="col">{t('aware:itemsChange')}</th>
            <th scope="col" title={t('aware:itemsBc')}>
              b / c
            </th>
            <th scope="col">McNemar p</th>
            <th scope="col" title={t('aware:itemsDiscriminationHint')}>
              {t('aware:itemsDiscrimination')}
            </th>
            <th scope="col">{t('aware:itemsLookAt')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ discrimination, flags, item, mcnemar, post, postCi, pre, preCi }) => (
            <tr key={item}>
              <td data-item={item}>{questions[item] ?? <code>{item}</code>}</td>
              {shareCell(pre, preCi)}
              {shareCell(post, postCi)}
              <td>{pre !== null && post !== null ? points(post - pre) : '–'}</td>
              <td>
                {mcnemar
                  ? `${count(mcnemar.b)} / ${count(mcnemar.c)}`
                  : t('aware:figureSuppressed')}
              </td>
              <td>{mcnemar ? pValue(mcnemar.exactP ?? mcnemar.p) : '–'}</td>
              <td>
                {decimal(discrimination.pre)} / {decimal(discrimination.post)}
              </td>
              <td data-flags={flags.join(' ')}>
                {flags.map((flag) => (flagLabels[flag] ? t(flagLabels[flag]) : flag)).join('; ') ||
                  '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
