import type { JsonSchema } from '../../http/openapi/jsonSchema'

import { localeCodes } from '../../domain/locales'
import { nullable, ref, strictObject } from '../../http/openapi/jsonSchema'

const slug: JsonSchema = { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', type: 'string' }
const id: JsonSchema = { type: ['integer', 'string'] }
const locale: JsonSchema = { enum: localeCodes, type: 'string' }

const summaryProperties: Record<string, JsonSchema> = {
  audiences: { items: slug, type: 'array' },
  channels: { items: { type: 'string' }, type: 'array' },
  dir: { description: 'Text direction of the served locale.', enum: ['ltr', 'rtl'] },
  fallback: {
    description: 'True when some text came from the fallback locale (not translated yet).',
    type: 'boolean',
  },
  hasKnowledgeCheck: { type: 'boolean' },
  id,
  locale: { ...locale, description: 'The locale served.' },
  locales: {
    description: 'Every locale the campaign is translated into.',
    items: locale,
    type: 'array',
  },
  period: strictObject({
    end: nullable({ format: 'date-time', type: 'string' }),
    start: { format: 'date-time', type: 'string' },
  }),
  slug,
  summary: nullable({ type: 'string' }),
  title: { type: 'string' },
  updatedAt: { format: 'date-time', type: 'string' },
}

export const deliverySchemas: Record<string, JsonSchema> = {
  Campaign: strictObject(
    {
      ...summaryProperties,
      body: strictObject({
        html: {
          description: 'The body as sanitized HTML (no scripts, styles or event handlers).',
          type: 'string',
        },
        lexical: nullable(ref('LexicalEditorState')),
      }),
      followUpDays: nullable({
        description:
          'Days after a respondent’s post check when the widget offers the follow-up check ' +
          '(assessment phase "followup") on the same device; null: the campaign has no follow-up.',
        maximum: 365,
        minimum: 7,
        type: 'integer',
      }),
      hotlines: { items: ref('Hotline'), type: 'array' },
      knowledgeCheck: nullable(ref('KnowledgeCheck')),
    },
    'One published, running campaign in the served locale.',
  ),
  CampaignList: strictObject({
    audiences: { description: 'The audiences the list covers.', items: slug, type: 'array' },
    campaigns: { items: ref('CampaignSummary'), type: 'array' },
    locale: { ...locale, description: 'The locale asked for.' },
  }),
  CampaignSummary: strictObject(summaryProperties),
  Error: strictObject({
    errors: {
      items: strictObject({
        message: { description: 'What went wrong and what to do.', type: 'string' },
      }),
      minItems: 1,
      type: 'array',
    },
  }),
  Hotline: strictObject(
    {
      country: { pattern: '^[A-Z]{2}$', type: 'string' },
      hours: nullable({ type: 'string' }),
      languages: { items: { type: 'string' }, type: 'array' },
      name: { type: 'string' },
      phone: nullable({ description: 'The number as written for people.', type: 'string' }),
      placeholder: {
        description: 'True while the number or address is unverified: do not show it as working.',
        type: 'boolean',
      },
      telephone: nullable({ description: 'The number to dial (tel: link).', type: 'string' }),
      url: nullable({ type: 'string' }),
    },
    'A line to call, from a hotline block of the body.',
  ),
  KnowledgeCheck: strictObject(
    {
      assessment: { ...id, description: 'Send it back as `assessment.assessment`.' },
      items: {
        items: strictObject({
          choices: { items: strictObject({ key: slug, label: { type: 'string' } }), type: 'array' },
          domain: slug,
          key: slug,
          multiple: { description: 'More than one choice is correct.', type: 'boolean' },
          question: { type: 'string' },
        }),
        type: 'array',
      },
      revision: {
        description: 'The answer-key revision; send it back as `assessment.revision`.',
        minimum: 1,
        type: 'integer',
      },
      slug,
      title: { type: 'string' },
    },
    'The questions and choices, never the correct answers nor explanations.',
  ),
  LexicalEditorState: {
    additionalProperties: true,
    description: 'The body as Payload stores it (Lexical JSON), for partners who render it.',
    properties: { root: { properties: { children: { type: 'array' } }, type: 'object' } },
    required: ['root'],
    type: 'object',
  },
}
