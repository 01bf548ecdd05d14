import type { FieldCampaign } from './fieldCampaign'

import { writeCsv } from '../csv/writeCsv'
import { fixedColumns } from './columns'

/** The header a field team fills in for one campaign: the fixed columns, then its item keys. */
export const templateCsv = (campaign: FieldCampaign): string =>
  writeCsv([[...fixedColumns, ...(campaign.assessment?.items.map((item) => item.key) ?? [])]])

export const templateFileName = (campaign: FieldCampaign): string =>
  `field-upload-${campaign.slug}${campaign.assessment ? `-r${campaign.assessment.revision}` : ''}.csv`
