import type { FieldCampaign } from './fieldCampaign'
import type { SheetQuestions } from './loadSheetQuestions'

import { writeCsv } from '../csv/writeCsv'
import { templateRows } from './templateRows'

/** The CSV a field team fills in for one campaign: header, question row, example row. */
export const templateCsv = (campaign: FieldCampaign, questions: SheetQuestions | null): string => {
  const { example, guide, header } = templateRows(campaign, questions)
  return writeCsv([header, guide, example])
}

export const templateFileName = (campaign: FieldCampaign, extension: 'csv' | 'xlsx'): string =>
  `field-upload-${campaign.slug}${campaign.assessment ? `-r${campaign.assessment.revision}` : ''}.${extension}`
