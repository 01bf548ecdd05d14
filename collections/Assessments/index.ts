import type { CollectionConfig } from 'payload'

import { adminOrEditor } from '../../src/access/adminOrEditor'
import { anyStaff } from '../../src/access/anyStaff'
import { staffFieldOnly } from '../../src/access/staffFieldOnly'
import { staffOrActivePartner } from '../../src/access/staffOrActivePartner'
import { slugField } from '../../src/fields/slug'
import { bumpAnswerKeyRevision } from './hooks/bumpAnswerKeyRevision'
import { validateChoices } from './validation/validateChoices'
import { validateItems } from './validation/validateItems'
import { rowLabel } from '../../src/admin/labels/labelComponents'
import { inEveryLanguage } from '../../src/admin/i18n/translations'

const keyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const validateKey = (value: null | string | undefined) =>
  typeof value === 'string' && keyPattern.test(value)
    ? true
    : 'Use lower-case letters, digits and hyphens; keys identify answers in reports, so keep them stable.'

/**
 * A knowledge check. Its structure (items, choices, which are correct) is shared by every
 * language; only the wording is localized. The answer key never leaves the server for partners.
 */
export const Assessments: CollectionConfig<'assessments'> = {
  slug: 'assessments',
  access: {
    create: adminOrEditor,
    delete: adminOrEditor,
    read: staffOrActivePartner,
    readVersions: anyStaff,
    update: adminOrEditor,
  },
  labels: {
    plural: inEveryLanguage('assessmentPlural'),
    singular: inEveryLanguage('assessmentSingular'),
  },
  admin: {
    defaultColumns: ['title', 'slug', 'revision', 'updatedAt'],
    group: inEveryLanguage('groupContent'),
    useAsTitle: 'title',
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField(),
    {
      name: 'revision',
      type: 'number',
      admin: {
        description:
          'Rises whenever the answer key changes (items, choices or correct answers). Submissions ' +
          'name the revision they answered and are scored against it.',
        position: 'sidebar',
        readOnly: true,
      },
      defaultValue: 1,
    },
    {
      name: 'guessability',
      type: 'ui',
      admin: {
        components: {
          Field: '/src/evaluation/admin/itemAnalysis/LongestChoiceWarning#LongestChoiceWarning',
        },
      },
    },
    {
      name: 'items',
      type: 'array',
      admin: { components: { RowLabel: rowLabel('question', 'Question') } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'key',
              type: 'text',
              admin: { width: '50%' },
              required: true,
              validate: validateKey,
            },
            {
              name: 'domain',
              type: 'text',
              admin: {
                description: inEveryLanguage('fieldItemDomainDescription'),
                width: '50%',
              },
              required: true,
              validate: validateKey,
            },
          ],
        },
        { name: 'question', type: 'textarea', localized: true, required: true },
        {
          name: 'choices',
          type: 'array',
          admin: {
            components: {
              RowLabel: rowLabel('label', 'Choice', { field: 'correct', text: '✓ correct' }),
            },
          },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'key',
                  type: 'text',
                  admin: { width: '20%' },
                  required: true,
                  validate: validateKey,
                },
                {
                  name: 'label',
                  type: 'text',
                  admin: { width: '60%' },
                  localized: true,
                  required: true,
                },
                {
                  name: 'correct',
                  type: 'checkbox',
                  access: { read: staffFieldOnly },
                  admin: { width: '20%' },
                  defaultValue: false,
                },
              ],
            },
          ],
          maxRows: 6,
          minRows: 2,
          required: true,
          validate: validateChoices,
        },
        {
          name: 'explanation',
          type: 'textarea',
          access: { read: staffFieldOnly },
          admin: { description: inEveryLanguage('fieldItemFeedbackDescription') },
          localized: true,
        },
        {
          name: 'source',
          type: 'text',
          admin: { description: inEveryLanguage('fieldItemSourceDescription') },
          access: { read: staffFieldOnly },
        },
      ],
      minRows: 1,
      required: true,
      validate: validateItems,
    },
  ],
  hooks: {
    beforeChange: [bumpAnswerKeyRevision],
  },
  versions: { maxPerDoc: 0 },
}
