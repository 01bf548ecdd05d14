import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../access/adminOnly'
import { nobody } from '../../access/nobody'
import { OUTBOX_SLUG } from './slugs'

/**
 * Accepted events waiting for PostHog: written in the same append as the events themselves (so
 * an accepted event is never missing here, whatever crashes), deleted once PostHog's batch API
 * answered 2xx for them. The number of rows is the forwarding backlog. Only consented events,
 * and only while POSTHOG_API_KEY is set; `message` holds exactly what leaves Aware.
 */
export const EvaluationOutbox: CollectionConfig = {
  slug: OUTBOX_SLUG,
  access: { create: nobody, delete: nobody, read: adminOnly, update: nobody },
  admin: {
    defaultColumns: ['id', 'queuedAt'],
    description:
      'Accepted events waiting to be forwarded to PostHog (read-only). They leave this list once ' +
      'PostHog has confirmed them; a long list means PostHog is unreachable or refusing them.',
    group: 'Evaluation',
  },
  defaultSort: 'queuedAt',
  fields: [
    { name: 'id', type: 'text', admin: { description: 'The event’s key.' }, required: true },
    { name: 'message', type: 'json', required: true },
    { name: 'queuedAt', type: 'date', index: true, required: true },
  ],
  labels: { plural: 'Forwarding queue', singular: 'Queued event' },
  timestamps: false,
}
