'use client'

import React from 'react'

import type { ReachFigures } from '../../reports/figureTypes'

import { plural } from '../../../admin/i18n/plural'
import { reachSentence } from '../overview/plainWords'
import { useFigureFormat } from './useFigureFormat'

/** Who the campaign reached: impressions are not people; reach is unique people. */
export const ReachPanel: React.FC<{ reach: ReachFigures }> = ({ reach }) => {
  const { format, words } = useFigureFormat()
  const { count, percent, percentInterval } = format
  const { t } = words
  return (
    <div className="aware-panel">
      <h4>{t('aware:reachTitle')}</h4>
      <p className="aware-lead" data-figure="reach-sentence">
        {reachSentence(reach, words)}
      </p>
      <dl className="aware-figures">
        <div>
          <dt>{t('aware:reachPeople')}</dt>
          <dd data-figure="reached">
            {count(reach.reached)}
            {reach.reachedError > 0 && (
              <span className="aware-muted">
                {' '}
                {t('aware:reachEstimate', { error: percent(reach.reachedError) })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('aware:reachImpressions')}</dt>
          <dd data-figure="impressions">{count(reach.impressions)}</dd>
        </div>
        <div>
          <dt>{t('aware:reachEngaged')}</dt>
          <dd data-figure="engaged">
            {count(reach.engaged)}{' '}
            <span className="aware-muted">
              ({percent(reach.engagedRate)}
              {reach.engagedRateCi[0] !== null && `, ${percentInterval(reach.engagedRateCi)}`})
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('aware:reachCta')}</dt>
          <dd data-figure="cta">
            {count(reach.cta)}{' '}
            <span className="aware-muted">
              ({percent(reach.ctaRate)}
              {reach.ctaRateCi[0] !== null && `, ${percentInterval(reach.ctaRateCi)}`})
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('aware:reachChecks')}</dt>
          <dd data-figure="assessments">{count(reach.assessmentsCompleted)}</dd>
        </div>
        <div>
          <dt>{t('aware:reachTarget')}</dt>
          <dd data-figure="reach-target">
            {reach.target === null ? (
              t('aware:reachNoTarget')
            ) : (
              <>
                {plural(words, 'reachTargetPeople', reach.target)}{' '}
                <meter max={1} min={0} value={Math.min(1, reach.attainment ?? 0)} />{' '}
                <span className="aware-muted">
                  {t('aware:reachTargetReached', { share: percent(reach.attainment) })}
                </span>
              </>
            )}
          </dd>
        </div>
      </dl>
    </div>
  )
}
