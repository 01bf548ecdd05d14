'use client'

import React from 'react'

import type { AwareTranslationKey } from '../../../admin/i18n/translations'
import type { ComparedFigure, ComparedMeasure, ReportComparison } from '../../reports/figureTypes'

import { isSuppressed } from './format'
import { useFigureFormat } from './useFigureFormat'

const labels: Record<ComparedMeasure, AwareTranslationKey> = {
  assessmentsCompleted: 'aware:measureAssessmentsCompleted',
  engaged: 'aware:measureEngaged',
  impressions: 'aware:measureImpressions',
  pairedChange: 'aware:measurePairedChange',
  postMean: 'aware:measurePostMean',
  preMean: 'aware:measurePreMean',
  reached: 'aware:measureReached',
}

/** Shares of items (scores) read in percent, their changes in points; the rest are counts. */
const isShare = (measure: ComparedMeasure) =>
  measure === 'preMean' || measure === 'postMean' || measure === 'pairedChange'

/**
 * The report's period beside a second one: per audience (and all together) each measure in both
 * and the change, every figure as the API gives it, hidden where the API hides it.
 */
export const ComparisonPanel: React.FC<{
  audienceName: (slug: null | string) => string
  comparison: ReportComparison
  period: { from?: string; to?: string }
}> = ({ audienceName, comparison, period }) => {
  const { format, words } = useFigureFormat()
  const { count, percent, points } = format
  const { t } = words
  const signed = (value: number) =>
    `${value > 0 ? '+' : value < 0 ? '−' : '±'}${count(Math.abs(value))}`
  const shown = (figure: ComparedFigure, measure: ComparedMeasure, change: boolean): string => {
    if (isSuppressed(figure)) return t('aware:comparisonSuppressed')
    if (figure === null) return '–'
    if (isShare(measure))
      return change || measure === 'pairedChange' ? points(figure) : percent(figure)
    return change ? signed(figure) : count(figure)
  }
  const rows =
    comparison.rows.length > 2
      ? [comparison.rows.at(-1)!, ...comparison.rows.slice(0, -1)]
      : comparison.rows.slice(0, 1)
  return (
    <section aria-labelledby="aware-comparison-title" className="aware-panel aware-comparison">
      <h3 id="aware-comparison-title">
        {t('aware:comparisonTitle', { from: comparison.from, to: comparison.to })}
      </h3>
      <p className="aware-muted">{t('aware:comparisonNote')}</p>
      {rows.map((row) => (
        <table
          className="aware-table"
          data-compared={row.audience ?? 'total'}
          key={row.audience ?? 'total'}
        >
          <caption>
            {row.audience === null ? t('aware:comparisonAllAudiences') : audienceName(row.audience)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('aware:comparisonMeasure')}</th>
              <th scope="col">
                {t('aware:comparisonPeriod')}
                {period.from && period.to && (
                  <span className="aware-muted">
                    {' '}
                    ({period.from} – {period.to})
                  </span>
                )}
              </th>
              <th scope="col">
                {t('aware:comparisonOther')}{' '}
                <span className="aware-muted">
                  ({comparison.from} – {comparison.to})
                </span>
              </th>
              <th scope="col">{t('aware:comparisonChange')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(row.measures).map(([name, figures]) => {
              const measure = name as ComparedMeasure
              return (
                <tr data-measure={measure} key={measure}>
                  <th scope="row">{t(labels[measure])}</th>
                  <td data-side="period">{shown(figures.period, measure, false)}</td>
                  <td data-side="comparison">{shown(figures.comparison, measure, false)}</td>
                  <td data-side="change">{shown(figures.change, measure, true)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ))}
    </section>
  )
}
