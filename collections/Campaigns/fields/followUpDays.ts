import type { NumberField } from 'payload'

import { inEveryLanguage } from '../../../src/admin/i18n/translations'

/** A follow-up sooner than a week measures short-term recall again, later than a year no one. */
export const FOLLOW_UP_DAYS = { max: 365, min: 7 }

/**
 * How many days after a respondent's post check the widget offers them the follow-up check, on
 * the same device (its local storage only: no contact details, no new identifier). Empty: none.
 */
export const followUpDaysField: NumberField = {
  name: 'followUpDays',
  type: 'number',
  admin: {
    description: inEveryLanguage('fieldFollowUpDaysDescription'),
    position: 'sidebar',
    step: 1,
  },
  label: inEveryLanguage('fieldFollowUpDays'),
  max: FOLLOW_UP_DAYS.max,
  min: FOLLOW_UP_DAYS.min,
  validate: (value: null | number | undefined) =>
    value === null ||
    value === undefined ||
    (Number.isInteger(value) && value >= FOLLOW_UP_DAYS.min && value <= FOLLOW_UP_DAYS.max)
      ? true
      : `The follow-up is a whole number of days from ${FOLLOW_UP_DAYS.min} to ${FOLLOW_UP_DAYS.max}, or empty for none.`,
}
