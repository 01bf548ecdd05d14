import type { FieldCampaign } from '../../../src/evaluation/fieldUpload/fieldCampaign'

/** A small catalogue: a campaign with a three-item check (one item with two right answers). */
export const philippines: FieldCampaign = {
  assessment: {
    id: 7,
    items: [
      { choices: ['a', 'b', 'c'], key: 'fee-cap' },
      { choices: ['a', 'b', 'c'], key: 'passport' },
      { choices: ['a', 'b', 'c', 'd'], key: 'warning-signs' },
    ],
    revision: 2,
    slug: 'philippines-pre-departure-check',
  },
  audiences: ['migrant-workers'],
  id: 3,
  slug: 'philippines-pre-departure',
}

export const noCheck: FieldCampaign = {
  assessment: null,
  audiences: ['tourists'],
  id: 4,
  slug: 'poster-only',
}

export const header =
  'respondent,campaign,audience,channel,locale,phase,date,consent,revision,fee-cap,passport,warning-signs'

export const csv = (...rows: string[]) => [header, ...rows].join('\n')
