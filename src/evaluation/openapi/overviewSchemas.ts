import type { JsonSchema } from '../../http/openapi/jsonSchema'

import { ref } from '../../http/openapi/jsonSchema'

const count: JsonSchema = { minimum: 0, type: 'integer' }

/** GET /api/reports/overview: a page of campaigns, each with its whole report. */
export const overviewSchemas: Record<string, JsonSchema> = {
  ReportOverview: {
    properties: {
      audiences: {
        description: 'The names of the audiences the reports mention.',
        items: {
          properties: { name: { type: 'string' }, slug: { type: 'string' } },
          required: ['name', 'slug'],
          type: 'object',
        },
        type: 'array',
      },
      campaigns: {
        description:
          'Each campaign’s report without filters, exactly as GET /api/reports/campaigns/{idOrSlug} gives it (same k, same suppression), sorted by title.',
        items: ref('Report'),
        type: 'array',
      },
      generatedAt: { format: 'date-time', type: 'string' },
      hasNextPage: { type: 'boolean' },
      hasPrevPage: { type: 'boolean' },
      k: { minimum: 5, type: 'integer' },
      limit: { maximum: 50, minimum: 1, type: 'integer' },
      page: { minimum: 1, type: 'integer' },
      totalDocs: { ...count, description: 'How many campaigns there are in all.' },
      totalPages: count,
    },
    required: [
      'audiences',
      'campaigns',
      'generatedAt',
      'hasNextPage',
      'hasPrevPage',
      'k',
      'limit',
      'page',
      'totalDocs',
      'totalPages',
    ],
    type: 'object',
  },
}
