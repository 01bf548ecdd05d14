import type { FieldCampaign } from './fieldCampaign'

import { fixedColumns } from './columns'

/** The header a field team fills in for one campaign: the fixed columns, then its item keys. */
export const templateCsv = (campaign: FieldCampaign): string =>
  [...fixedColumns, ...(campaign.assessment?.items.map((item) => item.key) ?? [])].join(',') +
  '\r\n'

export const templateFileName = (campaign: FieldCampaign): string =>
  `field-upload-${campaign.slug}${campaign.assessment ? `-r${campaign.assessment.revision}` : ''}.csv`
