import type { Block } from 'payload'

import { inEveryLanguage } from '../../../src/admin/i18n/translations'
import { blockLabel } from '../../../src/admin/labels/labelComponents'

const countryCode = /^[A-Z]{2}$/
const languageCode = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/** The call to action: where a person who recognises a sign can get help or report. */
export const Hotline: Block = {
  slug: 'hotline',
  admin: { components: { Label: blockLabel('name', 'Hotline') } },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'country',
          type: 'text',
          admin: { description: inEveryLanguage('fieldHotlineCountryDescription'), width: '25%' },
          required: true,
          validate: (value: null | string | undefined) =>
            typeof value === 'string' && countryCode.test(value)
              ? true
              : 'Use the two-letter country code in capitals, e.g. "PE".',
        },
        { name: 'phone', type: 'text', admin: { width: '35%' } },
        { name: 'hours', type: 'text', admin: { width: '40%' } },
      ],
    },
    {
      name: 'url',
      type: 'text',
      validate: (value: null | string | undefined) =>
        !value || /^https?:\/\/\S+$/.test(value) ? true : 'Use a full http(s):// address.',
    },
    {
      name: 'languages',
      type: 'text',
      admin: { description: inEveryLanguage('fieldHotlineLanguagesDescription') },
      hasMany: true,
      validate: (value: null | string[] | undefined) =>
        (value ?? []).every((code) => languageCode.test(code))
          ? true
          : 'Use language codes such as "en", "tl" or "qu".',
    },
    {
      name: 'lastVerified',
      type: 'date',
      label: inEveryLanguage('fieldHotlineLastVerified'),
      admin: {
        date: { displayFormat: 'd MMM yyyy', pickerAppearance: 'dayOnly' },
        description: inEveryLanguage('fieldHotlineLastVerifiedDescription'),
      },
    },
    {
      name: 'placeholder',
      type: 'checkbox',
      label: inEveryLanguage('fieldHotlinePlaceholder'),
      admin: {
        description: inEveryLanguage('fieldHotlinePlaceholderDescription'),
      },
      defaultValue: false,
    },
  ],
  interfaceName: 'HotlineBlock',
  labels: { plural: 'Hotlines', singular: 'Hotline' },
}
