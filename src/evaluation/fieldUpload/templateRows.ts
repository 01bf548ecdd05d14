import type { FieldCampaign } from './fieldCampaign'
import type { SheetQuestions } from './loadSheetQuestions'

import { channelValues } from '../../domain/channels'
import { fixedColumns, NOTE_MARK } from './columns'
import { localeListing } from './namedValues'

export const EXAMPLE_DATE = '2026-03-14'

const guide = (campaign: FieldCampaign): Record<(typeof fixedColumns)[number], string> => ({
  audience: campaign.audiences.join(' or '),
  campaign: campaign.slug,
  channel: channelValues.join(', '),
  consent: 'yes or no',
  date: 'YYYY-MM-DD, or day first: 31/12/2026',
  locale: localeListing().join(', '),
  phase: 'pre, post or followup',
  respondent: `${NOTE_MARK} what to write (this row is skipped)`,
  revision: String(campaign.assessment?.revision ?? ''),
})

const example = (
  campaign: FieldCampaign,
  locale: string,
): Record<(typeof fixedColumns)[number], string> => ({
  audience: campaign.audiences[0] ?? '',
  campaign: campaign.slug,
  channel: 'seminar',
  consent: 'yes',
  date: EXAMPLE_DATE,
  locale,
  phase: 'pre',
  respondent: `${NOTE_MARK} example (this row is skipped): MNL-0314-042`,
  revision: String(campaign.assessment?.revision ?? ''),
})

const questionCell = (item: SheetQuestions['items'][number]) =>
  `${item.question} (${item.choices.map((choice) => `${choice.key}: ${choice.label}`).join('; ')})`

/**
 * The rows of a campaign's template, for CSV and workbook alike: the header (the fixed columns,
 * then one column per item, by key), a guide row with each item's question and choices in the
 * chosen language, and an example row. Both notes start with "#" in the respondent column and are
 * skipped when the file comes back, so a team may leave them in.
 */
export const templateRows = (
  campaign: FieldCampaign,
  questions: SheetQuestions | null,
): { example: string[]; guide: string[]; header: string[] } => {
  const items = campaign.assessment?.items ?? []
  const worded = new Map(questions?.items.map((item) => [item.key, item]) ?? [])
  const locale = questions?.locale ?? 'en'
  const guideCells = guide(campaign)
  const exampleCells = example(campaign, locale)
  return {
    example: [
      ...fixedColumns.map((column) => exampleCells[column]),
      ...items.map((item) => item.choices[0] ?? ''),
    ],
    guide: [
      ...fixedColumns.map((column) => guideCells[column]),
      ...items.map((item) => {
        const wording = worded.get(item.key)
        return wording ? questionCell(wording) : `choices: ${item.choices.join(', ')}`
      }),
    ],
    header: [...fixedColumns, ...items.map((item) => item.key)],
  }
}
