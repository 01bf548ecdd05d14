'use client'

import React, { useState } from 'react'

import type { AdminWords } from '../../../admin/i18n/adminWords'
import type { CampaignReport } from '../../reports/figureTypes'

import { formatCount } from '../../../admin/i18n/adminFormat'
import { plural } from '../../../admin/i18n/plural'
import { useAdminWords } from '../../../admin/i18n/useAdminWords'
import { overviewUrl } from './overviewUrl'
import { changeSentence } from './plainWords'
import { useOverview } from './useOverview'

/** How many campaigns the card names; the overview has the rest. */
export const CARD_CAMPAIGNS = 5

const oneLine = (report: CampaignReport, words: AdminWords): string => {
  const { k, total } = report
  const count = (value: number) => formatCount(words.language, value)
  if (total.suppressed) return words.t('aware:cardNoFigures', { k: count(k) })
  const reach =
    total.reach.target === null
      ? plural(words, 'plainPeopleReached', total.reach.reached, { estimate: '' })
      : words.t('aware:cardReachedOf', {
          count: count(total.reach.reached),
          target: count(total.reach.target),
        })
  return `${reach}. ${changeSentence(total.knowledge, k, words)}`
}

export const ReportsCardSummary: React.FC<{ adminRoute: string }> = ({ adminRoute }) => {
  const [attempt, setAttempt] = useState(0)
  const state = useOverview(overviewUrl({ limit: CARD_CAMPAIGNS, page: 1 }), attempt)
  const overviewHref = `${adminRoute}/reports`
  const words = useAdminWords()
  const { t } = words
  return (
    <section
      aria-label={t('aware:navReports')}
      className="aware-reports-card"
      data-state={state.kind}
    >
      <h2 className="aware-reports-card__title">
        <a href={overviewHref}>{t('aware:navReports')}</a>
      </h2>
      <div aria-busy={state.kind === 'loading'} aria-live="polite">
        {state.kind === 'loading' && <p className="aware-muted">{t('aware:cardReading')}</p>}
        {state.kind === 'failed' && (
          <p role="alert">
            {state.message}{' '}
            <button
              className="btn btn--style-secondary btn--size-small"
              onClick={() => setAttempt((n) => n + 1)}
              type="button"
            >
              {t('aware:overviewTryAgain')}
            </button>
          </p>
        )}
        {state.kind === 'ready' && state.overview.totalDocs === 0 && <p>{t('aware:cardNone')}</p>}
        {state.kind === 'ready' && state.overview.totalDocs > 0 && (
          <ul className="aware-reports-card__list">
            {state.overview.campaigns.map((report) => (
              <li data-campaign={report.campaign.slug} key={report.campaign.slug}>
                <strong>{report.campaign.title}</strong>: {oneLine(report, words)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p>
        <a href={overviewHref}>
          {state.kind === 'ready' && state.overview.totalDocs > CARD_CAMPAIGNS
            ? plural(words, 'cardSeeAll', state.overview.totalDocs)
            : t('aware:cardSeeEvery')}
        </a>
      </p>
    </section>
  )
}
