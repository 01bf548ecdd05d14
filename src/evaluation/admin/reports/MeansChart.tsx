'use client'

import React, { useId } from 'react'

import type { KnowledgeFigures, MeanFigure, Suppressed } from '../../reports/figureTypes'

import type { FigureFormat } from './format'

import { isSuppressed } from './format'
import { useFigureFormat } from './useFigureFormat'

const WIDTH = 560
const LEFT = 96
const RIGHT = 24
const ROW = 34
const TOP = 12
const AXIS = 28
const TICKS = [0, 0.25, 0.5, 0.75, 1]

const x = (share: number) => LEFT + share * (WIDTH - LEFT - RIGHT)

type Phase = { figure: MeanFigure | Suppressed; label: string }

const describe =
  ({ count, percent, percentInterval }: FigureFormat, words: { hidden: string; none: string }) =>
  ({ figure, label }: Phase) =>
    isSuppressed(figure)
      ? `${label}: ${words.hidden}`
      : figure.mean === null
        ? `${label}: ${words.none}`
        : `${label}: ${percent(figure.mean)} (${percentInterval(figure.ci)}, n = ${count(figure.n)})`

/**
 * Mean scores before, after and weeks after the campaign, each with its 95 % interval, on a
 * 0–100 % axis. Plain SVG: three intervals need no chart library, render on the server, print,
 * and carry their figures in <title>/<desc> for screen readers.
 */
export const MeansChart: React.FC<{ knowledge: KnowledgeFigures; label: string }> = ({
  knowledge,
  label,
}) => {
  const id = useId()
  const { format, words } = useFigureFormat()
  const { t } = words
  const hidden = t('aware:figureSuppressed')
  const none = t('aware:chartNoAnswers')
  const phases: Phase[] = [
    { figure: knowledge.pre, label: t('aware:knowledgePre') },
    { figure: knowledge.post, label: t('aware:knowledgePost') },
    { figure: knowledge.followup, label: t('aware:knowledgeFollowup') },
  ]
  const height = TOP + phases.length * ROW + AXIS
  const preMean = isSuppressed(knowledge.pre) ? null : knowledge.pre.mean
  const targetShare =
    knowledge.target !== null && preMean !== null ? Math.min(1, preMean + knowledge.target) : null

  return (
    <svg
      aria-labelledby={`${id}-title ${id}-desc`}
      className="aware-chart"
      role="img"
      viewBox={`0 0 ${WIDTH} ${height}`}
    >
      <title id={`${id}-title`}>{t('aware:chartTitle', { label })}</title>
      <desc id={`${id}-desc`}>{phases.map(describe(format, { hidden, none })).join('; ')}</desc>
      {TICKS.map((tick) => (
        <g key={tick}>
          <line
            className="aware-chart__grid"
            x1={x(tick)}
            x2={x(tick)}
            y1={TOP}
            y2={height - AXIS}
          />
          <text className="aware-chart__tick" textAnchor="middle" x={x(tick)} y={height - 8}>
            {format.percent(tick, 0)}
          </text>
        </g>
      ))}
      {targetShare !== null && (
        <g>
          <line
            className="aware-chart__target"
            x1={x(targetShare)}
            x2={x(targetShare)}
            y1={TOP}
            y2={height - AXIS}
          />
          <text className="aware-chart__target-label" x={x(targetShare) + 4} y={TOP + 10}>
            {t('aware:chartTarget')}
          </text>
        </g>
      )}
      {phases.map(({ figure, label: phase }, index) => {
        const y = TOP + index * ROW + ROW / 2
        return (
          <g key={phase}>
            <text className="aware-chart__label" x={8} y={y + 4}>
              {phase}
            </text>
            {isSuppressed(figure) || figure.mean === null ? (
              <text className="aware-chart__note" x={LEFT + 8} y={y + 4}>
                {isSuppressed(figure) ? hidden : none}
              </text>
            ) : (
              <>
                {figure.ci[0] !== null && figure.ci[1] !== null && (
                  <line
                    className="aware-chart__interval"
                    x1={x(figure.ci[0])}
                    x2={x(figure.ci[1])}
                    y1={y}
                    y2={y}
                  />
                )}
                <circle className="aware-chart__mean" cx={x(figure.mean)} cy={y} r={5} />
              </>
            )}
          </g>
        )
      })}
    </svg>
  )
}
