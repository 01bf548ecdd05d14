import type { Answers } from '../events/wireEvent'
import type { FieldCampaign } from './fieldCampaign'

import { CHOICE_SEPARATOR, isSheetColumn } from './columns'

type Items = NonNullable<FieldCampaign['assessment']>['items']

/**
 * The answers on one row: one column per item, holding the choice key(s) ticked. An empty cell is
 * an unanswered item. A missing item column would silently lower every score, so it is an error,
 * and so is a filled cell in a column that is no item of this campaign's check (a typo'd key).
 */
export const readAnswers = (
  cells: Readonly<Record<string, string>>,
  items: Items,
  campaignSlug: string,
): { answers: Answers; errors: string[] } => {
  const answers: Answers = {}
  const errors: string[] = []
  for (const item of items) {
    if (!(item.key in cells)) {
      errors.push(`${item.key}: the file has no column for this item of ${campaignSlug}'s check`)
      continue
    }
    const cell = cells[item.key]
    if (cell === '') continue
    const given = [...new Set(cell.toLowerCase().split(CHOICE_SEPARATOR).filter(Boolean))]
    const unknown = given.filter((key) => !item.choices.includes(key))
    if (unknown.length > 0) {
      errors.push(
        `${item.key}: "${unknown.join('", "')}" is not a choice of this item (${item.choices.join(', ')})`,
      )
      continue
    }
    answers[item.key] = given.length === 1 ? given[0] : given
  }
  const itemKeys = new Set(items.map((item) => item.key))
  for (const [column, cell] of Object.entries(cells)) {
    if (cell !== '' && !isSheetColumn(column) && !itemKeys.has(column)) {
      errors.push(`${column}: not an item of ${campaignSlug}'s knowledge check`)
    }
  }
  if (errors.length === 0 && Object.keys(answers).length === 0) {
    errors.push('no answers: a consenting respondent needs at least one answered item')
  }
  return { answers, errors }
}
