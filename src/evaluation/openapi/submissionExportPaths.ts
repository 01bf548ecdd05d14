import { error } from '../../http/openapi/openApiParts'

const csv = { 'text/csv': { schema: { type: 'string' } } }

const parameters = [
  { in: 'path', name: 'idOrSlug', required: true, schema: { type: 'string' } },
  {
    description: 'Only this audience (slug).',
    in: 'query',
    name: 'audience',
    schema: { type: 'string' },
  },
]

const errors = {
  400: error('A filter is malformed.'),
  401: error('Not signed in.'),
  403: error('Only administrators export submission-level data.'),
  404: error('No such campaign.'),
}

/** The de-identified submission export and its codebook (src/evaluation/submissionExport). */
export const submissionExportPaths = {
  '/api/reports/campaigns/{idOrSlug}/submissions': {
    get: {
      description:
        'Administrators only: one row per knowledge-check submission, de-identified, for SPSS, ' +
        'Stata or R: respondent (a pseudonym made for this export alone: the same person’s ' +
        'phases share it, another export gives other ones), audience, channel, locale, phase, ' +
        'score (0–1), status (data quality), then one column per item with the choice key ' +
        'picked (several joined by ";"). No partner, sender, time or free text. Recorded in the ' +
        'audit log. The codebook is its sibling /codebook.',
      operationId: 'exportSubmissions',
      parameters,
      responses: {
        200: { content: csv, description: 'CSV.' },
        ...errors,
      },
      security: [{ staffToken: [] }],
      summary: 'Export de-identified submissions',
      tags: ['evaluation'],
    },
  },
  '/api/reports/campaigns/{idOrSlug}/submissions/codebook': {
    get: {
      description:
        'The codebook of the submission export, as CSV: variable, label, type (string or ' +
        'numeric), then a row per value label of each coded variable (value, value_label): ' +
        'audiences, channels, languages, phases, statuses, and each item’s choices, the ' +
        'correct ones marked “(correct)”. Administrators only.',
      operationId: 'exportSubmissionCodebook',
      parameters,
      responses: {
        200: { content: csv, description: 'CSV.' },
        ...errors,
      },
      security: [{ staffToken: [] }],
      summary: 'Codebook of the submission export',
      tags: ['evaluation'],
    },
  },
}
