import { ref } from '../../http/openapi/jsonSchema'
import { error, json, queryParameter } from '../../http/openapi/openApiParts'
import {
  reportFilterParameters,
  reportKParameter,
  reportQualityParameter,
} from './reportFilterParameters'

/** GET /api/reports/campaigns/{idOrSlug}/summary: the donor summary, as HTML or PDF. */
const summaryPath = {
  get: {
    description:
      'The donor summary of the same report: one printable page (HTML with its own print ' +
      'stylesheet, no script) or, with format=pdf, the same content as a PDF drawn on the ' +
      'server. Objectives, per audience reach and knowledge change in words and figures, the ' +
      'methods, what is suppressed and why, the generation date and the period and filters ' +
      'covered. Same access, filters, validation and small-cell protection as the report; ' +
      'a PDF download is recorded in the audit log.',
    operationId: 'getCampaignSummary',
    parameters: [
      ...reportFilterParameters,
      queryParameter('format', 'html (default) or pdf.', {
        enum: ['html', 'pdf'],
        type: 'string',
      }),
      reportQualityParameter,
      reportKParameter,
    ],
    responses: {
      200: {
        content: {
          'application/pdf': { schema: { format: 'binary', type: 'string' } },
          'text/html': { schema: { type: 'string' } },
        },
        description: 'The summary.',
      },
      400: error('A filter is malformed, or a parameter is not a summary parameter.'),
      401: error('Not signed in.'),
      403: error('Only evaluators, editors and administrators read reports.'),
      404: error('No such campaign.'),
    },
    security: [{ staffToken: [] }],
    summary: 'Print a campaign’s donor summary (HTML or PDF)',
    tags: ['evaluation'],
  },
}

/** GET /api/reports/overview: every campaign's report, a page at a time. */
const overviewPath = {
  get: {
    description:
      'Every campaign with its report per audience and in total, a page at a time, for ' +
      'evaluators, editors and administrators: what /admin/reports opens on. Each report is ' +
      'the campaign’s own without filters, small cells suppressed the same way.',
    operationId: 'getReportOverview',
    parameters: [
      queryParameter('page', 'Page, from 1.', { default: 1, minimum: 1, type: 'integer' }),
      queryParameter('limit', 'Campaigns per page.', {
        default: 10,
        maximum: 50,
        minimum: 1,
        type: 'integer',
      }),
      queryParameter(
        'k',
        'Suppress cells under this many respondents; at least the deployment’s REPORT_MIN_RESPONDENTS (default 10).',
        { minimum: 5, type: 'integer' },
      ),
    ],
    responses: {
      200: { content: json(ref('ReportOverview')), description: 'A page of campaigns.' },
      400: error('A parameter is unknown or out of range.'),
      401: error('Not signed in.'),
      403: error('Only evaluators, editors and administrators read reports.'),
    },
    security: [{ staffToken: [] }],
    summary: 'Read every campaign’s report, a page at a time',
    tags: ['evaluation'],
  },
}

/** The report's readings for people: the overview of every campaign, and one campaign's summary. */
export const summaryAndOverviewPaths = {
  '/api/reports/campaigns/{idOrSlug}/summary': summaryPath,
  '/api/reports/overview': overviewPath,
}
