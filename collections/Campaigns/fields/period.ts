import type { GroupField } from 'payload'

import { DEFAULT_TIME_ZONE, isTimeZone } from '../../../src/domain/campaignPeriod'
import { inEveryLanguage } from '../../../src/admin/i18n/translations'

/** When the campaign runs: calendar days, counted in the campaign's time zone. */
export const periodField: GroupField = {
  name: 'period',
  type: 'group',
  admin: {
    description: inEveryLanguage('fieldPeriodDescription'),
  },
  label: inEveryLanguage('fieldPeriod'),
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          label: inEveryLanguage('fieldStart'),
          admin: {
            date: { displayFormat: 'd MMM yyyy', pickerAppearance: 'dayOnly' },
            width: '33%',
          },
          required: true,
        },
        {
          name: 'end',
          type: 'date',
          label: inEveryLanguage('fieldEnd'),
          admin: {
            date: { displayFormat: 'd MMM yyyy', pickerAppearance: 'dayOnly' },
            width: '33%',
          },
          validate: (
            end: Date | null | string | undefined,
            { siblingData }: { siblingData: { start?: Date | string } },
          ) =>
            !end || !siblingData.start || new Date(end) > new Date(siblingData.start)
              ? true
              : 'The end must come after the start.',
        },
        {
          name: 'timeZone',
          type: 'text',
          label: inEveryLanguage('fieldTimeZone'),
          admin: {
            description: inEveryLanguage('fieldTimeZoneDescription'),
            placeholder: DEFAULT_TIME_ZONE,
            width: '34%',
          },
          defaultValue: DEFAULT_TIME_ZONE,
          // Left empty, the days are counted in UTC.
          validate: (value: null | string | undefined) =>
            !value || isTimeZone(value)
              ? true
              : `"${value ?? ''}" is not a time zone; write an IANA name such as America/Lima, Europe/Paris, Asia/Manila or UTC.`,
        },
      ],
    },
  ],
}
