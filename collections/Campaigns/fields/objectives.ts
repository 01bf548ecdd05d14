import type { ArrayField } from 'payload'

import { objectiveRowLabel } from '../../../src/admin/labels/labelComponents'
import { validateObjectives } from '../validation/validateObjectives'
import { inEveryLanguage } from '../../../src/admin/i18n/translations'

/** What the evaluator holds the campaign to, audience by audience. */
export const objectivesField: ArrayField = {
  name: 'objectives',
  type: 'array',
  admin: {
    components: { RowLabel: objectiveRowLabel },
    description: inEveryLanguage('fieldObjectivesDescription'),
    initCollapsed: false,
  },
  fields: [
    {
      name: 'audience',
      type: 'relationship',
      label: inEveryLanguage('fieldAudience'),
      relationTo: 'audiences',
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'reachTarget',
          type: 'number',
          label: inEveryLanguage('fieldReachTarget'),
          admin: { width: '33%' },
          min: 0,
          required: true,
          validate: (value: null | number | undefined) =>
            typeof value === 'number' && Number.isInteger(value) && value >= 0
              ? true
              : 'Give the reach target as a whole number of people (0 or more).',
        },
        {
          name: 'knowledgeGainTarget',
          type: 'number',
          label: inEveryLanguage('fieldKnowledgeGainTarget'),
          admin: { step: 0.01, width: '33%' },
          max: 1,
          min: 0,
          required: true,
        },
        {
          name: 'passMark',
          type: 'number',
          label: inEveryLanguage('fieldPassMark'),
          admin: { step: 0.05, width: '33%' },
          defaultValue: 0.7,
          max: 1,
          min: 0,
          required: true,
        },
      ],
    },
  ],
  label: inEveryLanguage('fieldObjectives'),
  validate: validateObjectives,
}
