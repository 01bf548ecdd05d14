import type { OpenApiFragment } from '../../http/openapi/openApiFragment'

import { localeCodes } from '../../domain/locales'
import { ref } from '../../http/openapi/jsonSchema'
import { error, json, queryParameter } from '../../http/openapi/openApiParts'
import { deliverySchemas } from './deliverySchemas'

const notModified = {
  description: 'Not modified: the ETag sent in If-None-Match is still current.',
}

const deliveryHeaders = {
  'Cache-Control': { schema: { type: 'string' } },
  ETag: { schema: { type: 'string' } },
}

const localeParameter = queryParameter(
  'locale',
  'The language wanted. Missing translations fall back to the default locale, with `fallback: true`.',
  { default: 'en', enum: localeCodes, type: 'string' },
)
const audienceParameter = queryParameter(
  'audience',
  'An audience slug your partner account may serve; 403 otherwise.',
  { type: 'string' },
)
const ifNoneMatch = {
  description: 'An ETag from an earlier answer; 304 when unchanged.',
  in: 'header',
  name: 'If-None-Match',
  schema: { type: 'string' },
}

/**
 * The OpenAPI 3.1 description of what partners and evaluators call: delivery's own paths, then
 * those of the other features' fragments (evaluation: events, reports), as the config's plugins
 * registered them (src/http/serverParts.ts).
 */
export const openApiDocumentOf = (fragments: readonly OpenApiFragment[]) => ({
  components: {
    schemas: Object.assign({ ...deliverySchemas }, ...fragments.map(({ schemas }) => schemas)),
    securitySchemes: {
      partnerKey: {
        description:
          'A partner key, sent as `Authorization: partners API-Key <key>`. Each partner has two, ' +
          'shown in the admin under Partners: the publishable key (`pk_…`), for web pages, works ' +
          'only from the partner’s allowed origins and sends events only inside a widget session; ' +
          'the secret key, for the partner’s servers, is refused from any browser page (a request ' +
          'with an Origin).',
        in: 'header',
        name: 'Authorization',
        type: 'apiKey',
      },
      staffToken: {
        description:
          'A signed-in person’s token from POST /api/users/login, sent as `Authorization: JWT <token>`.',
        in: 'header',
        name: 'Authorization',
        type: 'apiKey',
      },
    },
  },
  info: {
    description:
      'Aware delivers anti-trafficking awareness campaigns to partner sites and measures, per ' +
      'audience, their reach and the knowledge change they bring. Errors are JSON: ' +
      '`{"errors":[{"message":"…"}]}`, with a message saying what to do.',
    license: { identifier: 'MIT', name: 'MIT' },
    title: 'Aware partner API',
    version: '1.0.0',
  },
  openapi: '3.1.0',
  paths: {
    '/api/delivery/campaigns': {
      get: {
        description:
          'Published campaigns running now for the given audience (default: every audience the ' +
          'partner may serve), newest first. Browsers may call it from the partner’s allowed origins.',
        operationId: 'listCampaigns',
        parameters: [localeParameter, audienceParameter, ifNoneMatch],
        responses: {
          200: {
            content: json(ref('CampaignList')),
            description: 'The campaigns.',
            headers: deliveryHeaders,
          },
          304: notModified,
          400: error('A query parameter is unknown or malformed.'),
          401: error('The API key is missing, invalid or deactivated.'),
          403: error('The partner may not serve this audience.'),
        },
        security: [{ partnerKey: [] }],
        summary: 'List the campaigns a partner may show',
        tags: ['delivery'],
      },
    },
    '/api/delivery/campaigns/{slug}': {
      get: {
        description:
          'One published, running campaign: title, summary, the body as sanitized HTML and as ' +
          'Lexical JSON, the hotlines, and the knowledge check without its answers.',
        operationId: 'getCampaign',
        parameters: [
          { in: 'path', name: 'slug', required: true, schema: { type: 'string' } },
          localeParameter,
          audienceParameter,
          ifNoneMatch,
        ],
        responses: {
          200: {
            content: json(ref('Campaign')),
            description: 'The campaign.',
            headers: deliveryHeaders,
          },
          304: notModified,
          400: error('The slug or a query parameter is malformed.'),
          401: error('The API key is missing, invalid or deactivated.'),
          403: error('The campaign or audience is outside the partner’s audiences.'),
          404: error('No such campaign is published and running now (or not for this audience).'),
        },
        security: [{ partnerKey: [] }],
        summary: 'Get one campaign in one language',
        tags: ['delivery'],
      },
    },
    '/embed.js': {
      get: {
        description:
          'The embeddable widget: `<script src="/embed.js" data-key data-campaign data-audience ' +
          'data-locale async>`. See docs/partner-guide.md.',
        operationId: 'getWidget',
        responses: {
          200: {
            content: { 'text/javascript': { schema: { type: 'string' } } },
            description: 'The script.',
          },
          304: notModified,
        },
        summary: 'The campaign widget',
        tags: ['delivery'],
      },
    },
    ...Object.assign({}, ...fragments.map(({ paths }) => paths)),
  },
  servers: [{ description: 'This Aware server', url: '/' }],
  tags: [
    { description: 'Content for partner sites.', name: 'delivery' },
    ...fragments.flatMap(({ tags }) => tags),
  ],
})
