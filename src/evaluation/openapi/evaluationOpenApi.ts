import type { OpenApiFragment } from '../../http/openapi/openApiFragment'

import { ref } from '../../http/openapi/jsonSchema'
import { error, json, queryParameter } from '../../http/openapi/openApiParts'
import { MAX_BATCH_BYTES, MAX_EVENTS_PER_BATCH } from '../events/wireEvent'
import { eventSchemas } from './eventSchemas'
import { overviewSchemas } from './overviewSchemas'
import {
  reportFilterParameters,
  reportKParameter,
  reportQualityParameter,
} from './reportFilterParameters'
import { reportSchemas } from './reportSchemas'
import { submissionExportPaths } from './submissionExportPaths'
import { summaryAndOverviewPaths } from './summaryAndOverviewPaths'

/**
 * Evaluation's part of the OpenAPI document (served by delivery at /api/openapi.json): events,
 * widget sessions, reports, their summaries and the overview, and the submission export.
 */
export const evaluationOpenApi: OpenApiFragment = {
  paths: {
    '/api/events': {
      post: {
        description:
          `Up to ${MAX_EVENTS_PER_BATCH} events and ${MAX_BATCH_BYTES} bytes a batch. Valid events ` +
          'are kept even when others are rejected; an event id is counted once per sender, so a ' +
          'batch can be retried safely. The partner comes from the key, never from the body. ' +
          'Signed with a publishable key, a batch carries `session` (from POST ' +
          '/api/widget/sessions) and only events of that session’s campaign, audience and ' +
          'respondent: one check of each phase per session, none sooner than ' +
          'WIDGET_MIN_SECONDS_PER_ITEM seconds per item after the session began.',
        operationId: 'sendEvents',
        requestBody: { content: json(ref('EventBatch')), required: true },
        responses: {
          200: { content: json(ref('BatchResult')), description: 'What was kept, and why not.' },
          400: error('The body is not a JSON object with an `events` array.'),
          401: error(
            'No valid partner key or signed-in person; or, for a publishable key, no valid ' +
              'unexpired `session`.',
          ),
          403: error(
            'A publishable key from outside the partner’s allowed origins, or a secret key ' +
              'from a browser page.',
          ),
          413: error('More events or bytes than a batch may hold.'),
          429: {
            ...error('Too many requests for this key; retry after `Retry-After` seconds.'),
            headers: { 'Retry-After': { schema: { type: 'integer' } } },
          },
        },
        security: [{ partnerKey: [] }, { staffToken: [] }],
        summary: 'Send evaluation events',
        tags: ['evaluation'],
      },
    },
    '/api/widget/sessions': {
      post: {
        description:
          'Starts a widget session: the widget, signed with the partner’s publishable key from ' +
          'one of its allowed origins, asks for one before its first event. The token is an HMAC ' +
          'of the campaign, audience, respondent and issue time; a key may open ' +
          'WIDGET_SESSIONS_PER_MINUTE sessions a minute.',
        operationId: 'startWidgetSession',
        requestBody: { content: json(ref('SessionRequest')), required: true },
        responses: {
          201: { content: json(ref('Session')), description: 'The session.' },
          400: error('The body is malformed, or the key is not a publishable key.'),
          401: error('The key is missing, invalid or deactivated.'),
          403: error('Another origin, or an audience the partner may not serve.'),
          404: error('No such published campaign.'),
          429: {
            ...error('Too many sessions for this key; retry after `Retry-After` seconds.'),
            headers: { 'Retry-After': { schema: { type: 'integer' } } },
          },
        },
        security: [{ partnerKey: [] }],
        summary: 'Start a widget session',
        tags: ['evaluation'],
      },
    },
    '/api/reports/campaigns/{idOrSlug}': {
      get: {
        description:
          'Reach and knowledge change per audience and in total, for evaluators, editors and ' +
          'administrators. Cells resting on fewer than `k` respondents are suppressed, and so ' +
          'is whatever a combination of reports could isolate them by (docs/evaluation.md, ' +
          '"Small cells and differencing"). Narrow by one of channel, locale, partner or a ' +
          'period at a time.',
        operationId: 'getCampaignReport',
        parameters: [
          ...reportFilterParameters,
          queryParameter(
            'compareFrom',
            'With `compareTo`: the first day of a second period, reported beside `from`–`to` (which must be set, and share no week with it) as `comparison`; widened to whole ISO weeks, 2000-01-01 to 2099-12-31; json or csv only.',
            { format: 'date', type: 'string' },
          ),
          queryParameter('compareTo', 'With `compareFrom`: the comparison period’s last day.', {
            format: 'date',
            type: 'string',
          }),
          queryParameter(
            'interval',
            'Adds `series`: reach per UTC day or ISO week (from Monday), each interval shown only as the report of that week alone would show it (a day only when it is all its week holds; none under channel, locale or partner; docs/evaluation.md).',
            { enum: ['day', 'week'], type: 'string' },
          ),
          queryParameter(
            'format',
            'json (default); csv (long: audience, measure, value, unrounded); xlsx (a workbook: sheet Report, one row per audience and the total, rounded — counts whole, shares and changes in percent or points to 1 decimal, effect sizes and t to 2 decimals, df to 1, p-values to 3 significant digits or "< 0.001"; sheet Columns defines every column; sheet About gives campaign, filters and k); or iati (IATI activity XML 2.03: an Output result of people reached and an Outcome result of knowledge-check scores, baseline = pre, actual = post, target = baseline + the objective’s gain, one indicator per audience; needs the deployment’s IATI_REPORTING_ORG_* settings and the campaign’s IATI activity identifier and summary, 409 otherwise). Suppressed figures read "suppressed" in every format (in IATI XML a comment and no value). CSV, XLSX and IATI downloads are recorded in the audit log.',
            {
              enum: ['json', 'csv', 'xlsx', 'iati'],
              type: 'string',
            },
          ),
          reportQualityParameter,
          reportKParameter,
        ],
        responses: {
          200: {
            content: {
              ...json(ref('Report')),
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                schema: { format: 'binary', type: 'string' },
              },
              'application/xml': { schema: { type: 'string' } },
              'text/csv': { schema: { type: 'string' } },
            },
            description: 'The report.',
          },
          400: error('A filter is malformed.'),
          401: error('Not signed in.'),
          403: error('Only evaluators, editors and administrators read reports.'),
          404: error('No such campaign.'),
          409: error(
            'format=iati without the IATI settings, the campaign’s activity identifier or summary.',
          ),
        },
        security: [{ staffToken: [] }],
        summary: 'Read a campaign’s evaluation report',
        tags: ['evaluation'],
      },
    },
    ...summaryAndOverviewPaths,
    ...submissionExportPaths,
  },
  schemas: { ...eventSchemas, ...reportSchemas, ...overviewSchemas },
  tags: [{ description: 'Events in, reports out.', name: 'evaluation' }],
}
