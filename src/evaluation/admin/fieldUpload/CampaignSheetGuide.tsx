'use client'

import React from 'react'

import type { UploadCampaign } from './uploadTypes'

import { rich } from '../../../admin/i18n/rich'
import { useAwareTranslation } from '../../../admin/i18n/useAwareTranslation'

/** Column names and values stay as the sheet writes them; the words around them are translated. */
const code = (names: string[]) =>
  Object.fromEntries(names.map((name) => [name, <code key={name}>{name}</code>]))

/** What goes in the columns for this campaign, so a sheet can be checked before it is sent. */
export const CampaignSheetGuide: React.FC<{ campaign: UploadCampaign }> = ({ campaign }) => {
  const { t } = useAwareTranslation()
  return (
    <details className="aware-upload__guide">
      <summary>{t('aware:uploadGuideSummary', { campaign: campaign.slug })}</summary>
      <ul>
        <li>
          <code>campaign</code>: <code>{campaign.slug}</code>; <code>audience</code>:{' '}
          {campaign.audiences.map((audience) => (
            <code key={audience}>{audience}</code>
          ))}
        </li>
        <li>
          {rich(
            t('aware:uploadGuidePhase'),
            code(['phase', 'pre', 'post', 'followup', 'date', 'consent', 'yes', 'no']),
          )}
        </li>
        {campaign.assessment && (
          <li>
            {rich(t('aware:uploadGuideRevision'), {
              items: campaign.assessment.items.map((item) => (
                <span className="aware-upload__item" key={item.key}>
                  <code>{item.key}</code> ({item.choices.join(', ')})
                </span>
              )),
              revision: <code>revision</code>,
              value: <code>{campaign.assessment.revision}</code>,
            })}
          </li>
        )}
      </ul>
    </details>
  )
}
