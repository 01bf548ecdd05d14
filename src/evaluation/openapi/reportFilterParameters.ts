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

/** Which submissions a report counts, as every report route takes it. */
export const reportQualityParameter = queryParameter(
  'quality',
  'default (ok and approved submissions) or all (flagged and excluded too).',
  { enum: ['default', 'all'], type: 'string' },
)

/** The small-cell threshold, as every report route takes it. */
export const reportKParameter = queryParameter(
  'k',
  'Small-cell threshold: at least, and by default, the deployment’s REPORT_MIN_RESPONDENTS.',
  { minimum: 5, type: 'integer' },
)
