import { queryParameter } from '../../http/openapi/openApiParts'

/** The campaign of a report, and the filters the report, its summary and its files all take. */
export const reportFilterParameters = [
  { in: 'path', name: 'idOrSlug', required: true, schema: { type: 'string' } },
  queryParameter('audience', 'Audience slug.', { type: 'string' }),
  queryParameter('channel', 'Channel.', { type: 'string' }),
  queryParameter('locale', 'Locale.', { type: 'string' }),
  queryParameter('partner', 'Partner id.', { type: 'string' }),
  queryParameter('from', 'First day (inclusive), moved back to its Monday (UTC).', {
    format: 'date',
    type: 'string',
  }),
  queryParameter('to', 'Last day (inclusive), moved on to its Sunday (UTC).', {
    format: 'date',
    type: 'string',
  }),
]
