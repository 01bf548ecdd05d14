import React from 'react'

import type { UploadCampaign } from './uploadTypes'

/** What goes in the columns for this campaign, so a sheet can be checked before it is sent. */
export const CampaignSheetGuide: React.FC<{ campaign: UploadCampaign }> = ({ campaign }) => (
  <details className="aware-upload__guide">
    <summary>What to write in each column for {campaign.slug}</summary>
    <ul>
      <li>
        <code>campaign</code>: <code>{campaign.slug}</code>; <code>audience</code>:{' '}
        {campaign.audiences.map((audience) => (
          <code key={audience}>{audience}</code>
        ))}
      </li>
      <li>
        <code>phase</code>: <code>pre</code>, <code>post</code> or <code>followup</code>;{' '}
        <code>date</code>: YYYY-MM-DD or day first (31/12/2026); <code>consent</code>:{' '}
        <code>yes</code> or <code>no</code>
      </li>
      {campaign.assessment && (
        <li>
          <code>revision</code>: <code>{campaign.assessment.revision}</code> for sheets printed from
          the current knowledge check; then one column per item with the choice ticked:{' '}
          {campaign.assessment.items.map((item) => (
            <span className="aware-upload__item" key={item.key}>
              <code>{item.key}</code> ({item.choices.join(', ')})
            </span>
          ))}
        </li>
      )}
    </ul>
  </details>
)
