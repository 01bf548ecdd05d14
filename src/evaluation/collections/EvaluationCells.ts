import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../access/adminOnly'
import { nobody } from '../../access/nobody'
import { cellFields } from './cellFields'
import { CELLS_SLUG } from './slugs'

/**
 * The running tallies reports read: one row per campaign, audience, channel, locale, partner and
 * day, updated in the same transaction that stores the events, so a report costs a few thousand
 * rows however many events there are. See src/evaluation/store/README.md for the shapes.
 */
export const EvaluationCells: CollectionConfig = {
  slug: CELLS_SLUG,
  access: { create: nobody, delete: nobody, read: adminOnly, update: nobody },
  admin: { group: 'Evaluation', hidden: true },
  fields: [
    { name: 'cellKey', type: 'text', required: true, unique: true },
    ...cellFields(),
    {
      name: 'inclusion',
      type: 'select',
      admin: { description: 'held: flagged or excluded submissions, left out by default.' },
      options: [
        { label: 'included', value: 'included' },
        { label: 'held', value: 'held' },
      ],
      required: true,
    },
    { name: 'impressions', type: 'number', required: true },
    { name: 'engagements', type: 'number', required: true },
    { name: 'ctas', type: 'number', required: true },
    { name: 'shares', type: 'number', required: true },
    { name: 'assessments', type: 'number', required: true },
    { name: 'reachedSketch', type: 'text' },
    { name: 'engagedSketch', type: 'text' },
    { name: 'ctaSketch', type: 'text' },
    { name: 'scores', type: 'json', required: true },
    { name: 'pairs', type: 'json', required: true },
    { name: 'quality', type: 'json', required: true },
  ],
  indexes: [{ fields: ['campaign', 'day'] }],
  timestamps: false,
}
