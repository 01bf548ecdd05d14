'use client'

import React from 'react'

import type { AudienceReport, CampaignReport } from '../../reports/figureTypes'

import { useAdminWords } from '../../../admin/i18n/useAdminWords'
import { campaignViewUrl } from './overviewUrl'
import {
  changeSentence,
  hiddenBlocksSentence,
  reachSentence,
  suppressedRowSentence,
} from './plainWords'

type Props = {
  adminRoute: string
  audienceName: (slug: string) => string
  report: CampaignReport
}

const Row: React.FC<{
  k: number
  label: React.ReactNode
  row: AudienceReport
}> = ({ k, label, row }) => {
  const words = useAdminWords()
  const hidden = row.suppressed ? null : hiddenBlocksSentence(row.knowledge, k, words)
  return (
    <tr data-audience={row.audience ?? 'total'}>
      <th scope="row">{label}</th>
      {row.suppressed ? (
        <td className="aware-suppressed" colSpan={2} data-figure="suppressed">
          {suppressedRowSentence(k, row.audience === null, words)}
        </td>
      ) : (
        <>
          <td data-figure="reach">
            {reachSentence(row.reach, words)}
            {row.reach.target !== null && (
              <>
                {' '}
                <meter
                  aria-label={words.t('aware:overviewAgainstTarget')}
                  max={1}
                  min={0}
                  value={Math.min(1, row.reach.attainment ?? 0)}
                />
              </>
            )}
          </td>
          <td data-figure="change">
            {changeSentence(row.knowledge, k, words)}
            {hidden !== null && (
              <span className="aware-muted aware-overview__hidden" data-figure="hidden">
                {' '}
                {hidden}
              </span>
            )}
          </td>
        </>
      )}
    </tr>
  )
}

/** One campaign of the overview: each audience's reach and knowledge change in words. */
export const OverviewCampaign: React.FC<Props> = ({ adminRoute, audienceName, report }) => {
  const { campaign, k } = report
  const { t } = useAdminWords()
  return (
    <section
      aria-label={campaign.title}
      className="aware-overview__campaign"
      data-campaign={campaign.slug}
    >
      <h2 className="aware-overview__title">
        <a href={campaignViewUrl(adminRoute, campaign.slug)}>{campaign.title}</a>
      </h2>
      <table className="aware-table aware-overview__table">
        <thead>
          <tr>
            <th scope="col">{t('aware:fieldAudience')}</th>
            <th scope="col">{t('aware:reachTitle')}</th>
            <th scope="col">{t('aware:knowledgeTitle')}</th>
          </tr>
        </thead>
        <tbody>
          {report.audiences.length === 0 && (
            <tr>
              <td colSpan={3}>{t('aware:overviewNoAudience')}</td>
            </tr>
          )}
          {report.audiences.map((row) => (
            <Row
              k={k}
              key={row.audience ?? 'total'}
              label={
                <a href={campaignViewUrl(adminRoute, campaign.slug, row.audience)}>
                  {audienceName(row.audience ?? '')}
                </a>
              }
              row={row}
            />
          ))}
          {report.audiences.length > 1 && (
            <Row k={k} label={t('aware:comparisonAllAudiences')} row={report.total} />
          )}
        </tbody>
      </table>
      <p className="aware-overview__more">
        <a href={campaignViewUrl(adminRoute, campaign.slug)}>
          {t('aware:overviewOpenFull', { campaign: campaign.title })}
        </a>{' '}
        <span className="aware-muted">{t('aware:overviewOpenFullHint')}</span>
      </p>
    </section>
  )
}
