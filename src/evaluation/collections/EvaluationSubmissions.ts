import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../access/adminOnly'
import { nobody } from '../../access/nobody'
import { assessmentPhases } from '../events/wireEvent'
import { cellFields } from './cellFields'
import { SUBMISSIONS_SLUG } from './slugs'

/**
 * The scored knowledge checks, one per respondent and phase: the first submission of a phase
 * counts and later ones are kept only as raw events, so a retried or repeated check never counts
 * twice. Pre, post and follow-up pair up through the pseudonym. Retention keeps these (they hold
 * no answers, only which items were right), because a follow-up may arrive months later.
 */
export const EvaluationSubmissions: CollectionConfig = {
  slug: SUBMISSIONS_SLUG,
  access: { create: nobody, delete: nobody, read: adminOnly, update: nobody },
  admin: {
    defaultColumns: ['campaign', 'audience', 'phase', 'score', 'day'],
    description: 'Scored knowledge checks, one per respondent and phase (read-only).',
    group: 'Evaluation',
  },
  fields: [
    ...cellFields(),
    { name: 'respondent', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'phase',
          type: 'select',
          options: assessmentPhases.map((value) => ({ label: value, value })),
          required: true,
        },
        { name: 'assessment', type: 'text', required: true },
        { name: 'revision', type: 'number', required: true },
        { name: 'score', type: 'number', required: true },
      ],
    },
    {
      name: 'correct',
      type: 'json',
      admin: { description: 'Item key → 1 when answered correctly, 0 otherwise.' },
      required: true,
    },
    { name: 'event', type: 'text', admin: { description: 'The event that counted (its key).' } },
    { name: 'sender', type: 'text', admin: { description: 'Who sent it.' }, required: true },
    { name: 'receivedAt', type: 'date', required: true },
  ],
  indexes: [{ fields: ['campaign', 'respondent', 'phase'], unique: true }],
  timestamps: false,
}
