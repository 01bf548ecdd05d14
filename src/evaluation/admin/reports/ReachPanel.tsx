import React from 'react'

import type { ReachFigures } from '../../reports/figureTypes'

import { reachSentence } from '../overview/plainWords'
import { count, percent, percentInterval } from './format'

/** Who the campaign reached: impressions are not people; reach is unique people. */
export const ReachPanel: React.FC<{ reach: ReachFigures }> = ({ reach }) => (
  <div className="aware-panel">
    <h4>Reach</h4>
    <p className="aware-lead" data-figure="reach-sentence">
      {reachSentence(reach)}
    </p>
    <dl className="aware-figures">
      <div>
        <dt>People reached</dt>
        <dd data-figure="reached">
          {count(reach.reached)}
          {reach.reachedError > 0 && (
            <span className="aware-muted"> ± {percent(reach.reachedError)} (estimate)</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Impressions</dt>
        <dd data-figure="impressions">{count(reach.impressions)}</dd>
      </div>
      <div>
        <dt>Engaged</dt>
        <dd data-figure="engaged">
          {count(reach.engaged)}{' '}
          <span className="aware-muted">
            ({percent(reach.engagedRate)}
            {reach.engagedRateCi[0] !== null && `, ${percentInterval(reach.engagedRateCi)}`})
          </span>
        </dd>
      </div>
      <div>
        <dt>Used the hotline or report link</dt>
        <dd data-figure="cta">
          {count(reach.cta)}{' '}
          <span className="aware-muted">
            ({percent(reach.ctaRate)}
            {reach.ctaRateCi[0] !== null && `, ${percentInterval(reach.ctaRateCi)}`})
          </span>
        </dd>
      </div>
      <div>
        <dt>Knowledge checks completed</dt>
        <dd data-figure="assessments">{count(reach.assessmentsCompleted)}</dd>
      </div>
      <div>
        <dt>Reach target</dt>
        <dd data-figure="reach-target">
          {reach.target === null ? (
            'none set'
          ) : (
            <>
              {count(reach.target)} people{' '}
              <meter max={1} min={0} value={Math.min(1, reach.attainment ?? 0)} />{' '}
              <span className="aware-muted">{percent(reach.attainment)} reached</span>
            </>
          )}
        </dd>
      </div>
    </dl>
  </div>
)
