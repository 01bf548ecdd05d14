import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../access/adminOnly'
import { nobody } from '../../access/nobody'
import { assessmentPhases } from '../events/wireEvent'
import { qualityStatuses } from '../quality/qualityStatus'
import { cellFields } from './cellFields'
import { SUBMISSIONS_SLUG } from './slugs'

/**
 * The scored knowledge checks, one per respondent and phase: the submission taken earliest
 * counts (whatever order they arrive in) and the others are kept only as raw events, so a
 * retried or repeated check never counts twice. Pre, post and follow-up pair up through the
 * pseudonym. Each carries its review status and flags (src/evaluation/quality). Retention keeps
 * these (they hold which items were right and the choices picked, never free text, and no
 * respondent id but the pseudonym), because a follow-up may arrive months later.
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
    {
      name: 'occurredAt',
      type: 'text',
      admin: { description: 'When it was taken on the device (ISO 8601, UTC).' },
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          defaultValue: 'ok',
          options: qualityStatuses.map((value) => ({ label: value, value })),
          required: true,
        },
        {
          name: 'reasons',
          type: 'json',
          admin: { description: 'Why it was flagged.' },
          required: true,
        },
      ],
    },
    {
      name: 'choices',
      type: 'json',
      admin: {
        description:
          'The choices picked per item (for distractor analysis and identical answers in a burst).',
      },
      required: true,
    },
    {
      name: 'timed',
      type: 'checkbox',
      admin: { description: 'False when only the day is known (paper sheets).' },
      required: true,
    },
    {
      type: 'row',
      fields: [
        { name: 'reviewedAt', type: 'text', admin: { description: 'When it was reviewed.' } },
        { name: 'reviewedBy', type: 'text', admin: { description: 'The reviewer’s user id.' } },
      ],
    },
  ],
  indexes: [
    { fields: ['campaign', 'respondent', 'phase'], unique: true },
    // Bursts: a sender's submissions near a batch's times.
    { fields: ['campaign', 'sender', 'occurredAt'] },
    // The review queue, and a review naming submissions by their event.
    { fields: ['campaign', 'status'] },
    { fields: ['event'] },
  ],
  timestamps: false,
}
