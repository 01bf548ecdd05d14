'use client'

import React from 'react'

import type { SeriesPoint } from '../../reports/figureTypes'

import { useFigureFormat } from './useFigureFormat'

const WIDTH = 640
const HEIGHT = 160
const AXIS = 24

/**
 * Unique people reached per interval, drawn as plain SVG bars (a few dozen rectangles need no
 * chart library; the table beside it carries every figure for screen readers and print), hidden
 * intervals as a hatched stub that says so.
 */
const SeriesChart: React.FC<{ series: SeriesPoint[] }> = ({ series }) => {
  const { format, words } = useFigureFormat()
  const { count, day } = format
  const { t } = words
  const highest = Math.max(1, ...series.map((point) => (point.suppressed ? 0 : point.reached)))
  const slot = WIDTH / Math.max(1, series.length)
  const bar = Math.max(1, slot * 0.8)
  return (
    <svg
      aria-label={t('aware:seriesChart')}
      className="aware-series__chart"
      role="img"
      viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`}
    >
      <defs>
        <pattern height="6" id="aware-hidden" patternUnits="userSpaceOnUse" width="6">
          <path d="M0 6 L6 0" stroke="currentColor" strokeWidth="1" />
        </pattern>
      </defs>
      <line stroke="currentColor" x1="0" x2={WIDTH} y1={HEIGHT} y2={HEIGHT} />
      {series.map((point, index) => {
        const x = index * slot + (slot - bar) / 2
        const height = point.suppressed ? HEIGHT * 0.1 : (point.reached / highest) * HEIGHT
        return (
          <rect
            className={point.suppressed ? 'aware-series__hidden' : 'aware-series__bar'}
            fill={point.suppressed ? 'url(#aware-hidden)' : undefined}
            height={height}
            key={point.start}
            width={bar}
            x={x}
            y={HEIGHT - height}
          >
            <title>
              {day(point.start)}:{' '}
              {point.suppressed
                ? t('aware:seriesHidden')
                : t('aware:seriesReached', { count: count(point.reached) })}
            </title>
          </rect>
        )
      })}
      <text fontSize="11" x="0" y={HEIGHT + 16}>
        {series[0] ? day(series[0].start) : ''}
      </text>
      <text fontSize="11" textAnchor="end" x={WIDTH} y={HEIGHT + 16}>
        {series.length > 0 ? day(series[series.length - 1].start) : ''}
      </text>
    </svg>
  )
}

/** Reach over time: the chart, and the table of every interval beside it. */
export const SeriesPanel: React.FC<{
  interval: 'day' | 'week'
  k: number
  series: SeriesPoint[]
}> = ({ interval, k, series }) => {
  const { format, words } = useFigureFormat()
  const { count, day } = format
  const { t } = words
  return (
    <section aria-label={t('aware:seriesTitle')} className="aware-series" data-series={interval}>
      <h3>{t('aware:seriesTitle')}</h3>
      {series.length === 0 ? (
        <p className="aware-muted">{t('aware:seriesNone')}</p>
      ) : (
        <div className="aware-series__body">
          <SeriesChart series={series} />
          <table className="aware-table aware-series__table">
            <thead>
              <tr>
                <th scope="col">
                  {interval === 'week' ? t('aware:seriesWeekFrom') : t('aware:seriesDay')}
                </th>
                <th scope="col">{t('aware:reachPeople')}</th>
                <th scope="col">{t('aware:reachImpressions')}</th>
                <th scope="col">{t('aware:reachEngaged')}</th>
                <th scope="col">{t('aware:seriesChecks')}</th>
              </tr>
            </thead>
            <tbody>
              {series.map((point) => (
                <tr data-start={point.start} key={point.start}>
                  <th scope="row">{day(point.start)}</th>
                  {point.suppressed ? (
                    <td className="aware-suppressed" colSpan={4}>
                      {t('aware:seriesHiddenRow', { k: count(k) })}
                    </td>
                  ) : (
                    <>
                      <td data-figure="reached">{count(point.reached)}</td>
                      <td data-figure="impressions">{count(point.impressions)}</td>
                      <td>{count(point.engaged)}</td>
                      <td>{count(point.assessmentsCompleted)}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
