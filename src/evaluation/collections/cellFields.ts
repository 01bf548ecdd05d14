import type { Field } from 'payload'

/**
 * Where an event, a submission or a tally belongs: the breakdowns a report filters on. Ids are
 * plain text rather than relationships: the hot path writes these rows in bulk, and every
 * relationship would add a foreign-key check and an index to each insert; text holds SQL's
 * numeric ids and MongoDB's object ids alike.
 */
export const cellFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'campaign', type: 'text', admin: { description: 'Campaign id.' }, required: true },
      { name: 'audience', type: 'text', admin: { description: 'Audience id.' }, required: true },
      {
        name: 'partner',
        type: 'text',
        admin: { description: 'Partner id; empty when a staff account recorded it.' },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'channel', type: 'text', required: true },
      { name: 'locale', type: 'text', required: true },
      {
        name: 'day',
        type: 'text',
        admin: { description: 'The UTC day it happened on the device (YYYY-MM-DD).' },
        required: true,
      },
    ],
  },
]
