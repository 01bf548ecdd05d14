import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../access/adminOnly'
import { nobody } from '../../access/nobody'
import { assessmentPhases, eventTypes } from '../events/wireEvent'
import { cellFields } from './cellFields'
import { EVENTS_SLUG } from './slugs'

/**
 * Every accepted event as it arrived, for audit and re-analysis, until retention purges it.
 * Written only by ingestion (in bulk, never through Payload) and read only by administrators:
 * evaluators see aggregates. No IP address, user agent or raw respondent id is ever stored.
 */
export const EvaluationEvents: CollectionConfig = {
  slug: EVENTS_SLUG,
  access: { create: nobody, delete: nobody, read: adminOnly, update: nobody },
  admin: {
    defaultColumns: ['id', 'type', 'campaign', 'audience', 'channel', 'occurredAt', 'receivedAt'],
    description:
      'Raw events as partners and field workers sent them (read-only). Reports never read these: ' +
      'retention purges them without changing any figure.',
    group: 'Evaluation',
  },
  defaultSort: '-receivedAt',
  fields: [
    {
      name: 'id',
      type: 'text',
      admin: { description: 'The sender and the sender’s own event id: unique per sender.' },
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'sender',
          type: 'text',
          admin: {
            description: 'partner:<id>, user:<id> (a staff account), or upload:… (field sheets).',
          },
          required: true,
        },
        {
          name: 'eventId',
          type: 'text',
          admin: { description: 'The sender’s UUID.' },
          required: true,
        },
      ],
    },
    {
      name: 'type',
      type: 'select',
      options: eventTypes.map((value) => ({ label: value, value })),
      required: true,
    },
    ...cellFields(),
    { name: 'occurredAt', type: 'date', required: true },
    { name: 'receivedAt', type: 'date', index: true, required: true },
    { name: 'consent', type: 'checkbox', required: true },
    {
      name: 'respondent',
      type: 'text',
      admin: { description: 'Keyed, campaign-scoped pseudonym; empty without consent.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'phase',
          type: 'select',
          options: assessmentPhases.map((value) => ({ label: value, value })),
        },
        { name: 'assessment', type: 'text' },
        { name: 'revision', type: 'number' },
        { name: 'score', type: 'number' },
      ],
    },
    { name: 'answers', type: 'json' },
  ],
  timestamps: false,
}
