import type { Field } from 'payload'

import { staffFieldOnly } from '../../../src/access/staffFieldOnly'
import { checklistItems } from '../../../src/editorial/review/checklist'
import { localeCodes } from '../../../src/domain/locales'
import { inEveryLanguage } from '../../../src/admin/i18n/translations'

/**
 * Review and sign-off, stored with each version: who asked for review, each reviewer's decision
 * per language (with the checklist and the fingerprint of the text decided on), and whether it
 * was published without approval. Written only through the review endpoints and the publication
 * hook (protectReviewRecord restores it on any other save); the edit view shows it in the
 * “Review” panel.
 */
export const reviewFields: Field[] = [
  {
    name: 'reviewStage',
    type: 'select',
    access: { read: staffFieldOnly },
    // Set by recordReviewStage on every save; shown as a list column and in the sidebar.
    admin: {
      components: { Cell: '/src/editorial/admin/ReviewStageCell#ReviewStageCell' },
      position: 'sidebar',
      readOnly: true,
    },
    defaultValue: 'draft',
    index: true,
    label: inEveryLanguage('fieldReview'),
    options: [
      { label: inEveryLanguage('reviewOptionDraft'), value: 'draft' },
      { label: inEveryLanguage('reviewStageInReview'), value: 'in-review' },
      { label: inEveryLanguage('reviewStageChangesRequested'), value: 'changes-requested' },
      { label: inEveryLanguage('reviewOptionApproved'), value: 'approved' },
      { label: inEveryLanguage('reviewStagePublished'), value: 'published' },
    ],
  },
  {
    name: 'review',
    type: 'group',
    access: { read: staffFieldOnly },
    admin: { hidden: true },
    fields: [
      { name: 'requestedAt', type: 'date' },
      { name: 'requestedBy', type: 'relationship', relationTo: 'users' },
      {
        name: 'signOffs',
        type: 'array',
        fields: [
          {
            name: 'locale',
            type: 'select',
            options: localeCodes.map((code) => ({ label: code, value: code })),
            required: true,
          },
          {
            name: 'decision',
            type: 'select',
            options: [
              { label: inEveryLanguage('reviewOptionApproved'), value: 'approved' },
              { label: inEveryLanguage('reviewStageChangesRequested'), value: 'changes-requested' },
            ],
            required: true,
          },
          {
            name: 'checklist',
            type: 'group',
            fields: checklistItems.map(({ key, label }) => ({
              name: key,
              type: 'checkbox' as const,
              defaultValue: false,
              label,
            })),
          },
          { name: 'comment', type: 'textarea' },
          { name: 'reviewer', type: 'relationship', relationTo: 'users' },
          { name: 'reviewerLabel', type: 'text' },
          { name: 'decidedAt', type: 'date', required: true },
          { name: 'fingerprint', type: 'text', required: true },
        ],
      },
      {
        name: 'publishedWithoutApproval',
        type: 'group',
        fields: [
          { name: 'at', type: 'date' },
          { name: 'by', type: 'relationship', relationTo: 'users' },
          { name: 'byLabel', type: 'text' },
          { name: 'locales', type: 'text', hasMany: true },
        ],
      },
    ],
  },
]
