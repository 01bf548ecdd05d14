'use client'

import React, { useState } from 'react'

import type { CampaignReport } from '../../reports/figureTypes'

import { count } from '../reports/format'
import { overviewUrl } from './overviewUrl'
import { changeSentence } from './plainWords'
import { useOverview } from './useOverview'

/** How many campaigns the card names; the overview has the rest. */
export const CARD_CAMPAIGNS = 5

const oneLine = (report: CampaignReport): string => {
  const { k, total } = report
  if (total.suppressed) return `no figures yet (fewer than ${k} people have taken part).`
  const reach =
    total.reach.target === null
      ? `${count(total.reach.reached)} people reached`
      : `${count(total.reach.reached)} of ${count(total.reach.target)} people reached`
  return `${reach}. ${changeSentence(total.knowledge, k)}`
}

export const ReportsCardSummary: React.FC<{ adminRoute: string }> = ({ adminRoute }) => {
  const [attempt, setAttempt] = useState(0)
  const state = useOverview(overviewUrl({ limit: CARD_CAMPAIGNS, page: 1 }), attempt)
  const overviewHref = `${adminRoute}/reports`
  return (
    <section aria-label="Reports" className="aware-reports-card" data-state={state.kind}>
      <h2 className="aware-reports-card__title">
        <a href={overviewHref}>Reports</a>
      </h2>
      <div aria-busy={state.kind === 'loading'} aria-live="polite">
        {state.kind === 'loading' && <p className="aware-muted">Reading the reports…</p>}
        {state.kind === 'failed' && (
          <p role="alert">
            {state.message}{' '}
            <button
              className="btn btn--style-secondary btn--size-small"
              onClick={() => setAttempt((n) => n + 1)}
              type="button"
            >
              Try again
            </button>
          </p>
        )}
        {state.kind === 'ready' && state.overview.totalDocs === 0 && (
          <p>No campaigns yet: their reach and knowledge change will appear here.</p>
        )}
        {state.kind === 'ready' && state.overview.totalDocs > 0 && (
          <ul className="aware-reports-card__list">
            {state.overview.campaigns.map((report) => (
              <li data-campaign={report.campaign.slug} key={report.campaign.slug}>
                <strong>{report.campaign.title}</strong>: {oneLine(report)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p>
        <a href={overviewHref}>
          {state.kind === 'ready' && state.overview.totalDocs > CARD_CAMPAIGNS
            ? `See all ${state.overview.totalDocs} campaigns, audience by audience`
            : 'See every audience of every campaign'}
        </a>
      </p>
    </section>
  )
}
