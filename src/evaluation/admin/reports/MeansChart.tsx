import React, { useId } from 'react'

import type { KnowledgeFigures, MeanFigure, Suppressed } from '../../reports/figureTypes'

import { isSuppressed, percent, percentInterval } from './format'

const WIDTH = 560
const LEFT = 96
const RIGHT = 24
const ROW = 34
const TOP = 12
const AXIS = 28
const TICKS = [0, 0.25, 0.5, 0.75, 1]

const x = (share: number) => LEFT + share * (WIDTH - LEFT - RIGHT)

type Phase = { figure: MeanFigure | Suppressed; label: string }

const describe = ({ figure, label }: Phase) =>
  isSuppressed(figure)
    ? `${label}: suppressed`
    : figure.mean === null
      ? `${label}: no answers`
      : `${label}: ${percent(figure.mean)} (${percentInterval(figure.ci)}, n = ${figure.n})`

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
  const phases: Phase[] = [
    { figure: knowledge.pre, label: 'Pre' },
    { figure: knowledge.post, label: 'Post' },
    { figure: knowledge.followup, label: 'Follow-up' },
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
      <title id={`${id}-title`}>{`Mean score before and after: ${label}`}</title>
      <desc id={`${id}-desc`}>{phases.map(describe).join('; ')}</desc>
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
            {tick * 100}%
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
            target
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
                {isSuppressed(figure) ? 'suppressed' : 'no answers'}
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
