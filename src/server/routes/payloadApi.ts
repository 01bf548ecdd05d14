import type {
  Request as ExpressRequest,
  RequestHandler,
  Response as ExpressResponse,
} from 'express'
import type { FlattenedField, SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { createRequest, sendResponse } from '@remix-run/node-fetch-server'
import express from 'express'
import { handleEndpoints } from 'payload'

import { sendError } from '../../http/sendError'
import { graphqlQueryProblem } from '../graphqlLimits'
import { nestsDeeperThan, TooDeeplyNestedError } from '../../http/jsonNesting'
import { restQueryProblem } from './restQueryProblem'

type FetchHandler = (request: Request) => Promise<Response>

/** Everything Payload's API takes in one request (documents, logins, GraphQL), but uploads. */
export const MAX_API_BODY_BYTES = 2 * 1024 * 1024
/** An upload to an upload collection (media): the image and its fields. */
export const MAX_UPLOAD_BODY_BYTES = 10 * 1024 * 1024

const megabytes = (bytes: number) => `${bytes / 1024 / 1024} MB`

/**
 * Payload reads whole bodies into memory (request.json(), formData()) with no limit of its own,
 * so Express reads them first, up to a limit, and hands Payload the bytes. Compressed bodies are
 * refused (415) rather than inflated past the limit.
 */
const readBody = (limit: number) => express.raw({ inflate: false, limit, type: () => true })
const apiBody = readBody(MAX_API_BODY_BYTES)
const uploadBody = readBody(MAX_UPLOAD_BODY_BYTES)

const isMultipart = (req: ExpressRequest) => req.is('multipart/form-data') === 'multipart/form-data'

const bounded =
  (uploadSlugs: Promise<Set<string>>): RequestHandler =>
  async (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next()
    const slug = req.path.split('/')[2] ?? ''
    const upload = isMultipart(req) && (await uploadSlugs).has(slug)
    const limit = upload ? MAX_UPLOAD_BODY_BYTES : MAX_API_BODY_BYTES
    ;(upload ? uploadBody : apiBody)(req, res, (error?: unknown) => {
      const failure = error as undefined | { status?: number; type?: string }
      if (failure?.type === 'entity.too.large') {
        return sendError(
          res,
          413,
          `The request body is larger than ${megabytes(limit)}, the most this endpoint takes` +
            (upload ? '.' : ` (uploads of images: ${megabytes(MAX_UPLOAD_BODY_BYTES)}).`),
        )
      }
      if (failure?.status && failure.status < 500) {
        return sendError(
          res,
          failure.status,
          `The request body could not be read: ${String((error as Error).message)}.`,
        )
      }
      if (error) return next(error)
      if (Buffer.isBuffer(req.body) && req.is('application/json') && nestsDeeperThan(req.body)) {
        return sendError(res, 400, new TooDeeplyNestedError().message)
      }
      next()
    })
  }

/** The web Request Payload reads, with the body Express already read (when it read one). */
const toWebRequest = (req: ExpressRequest, res: ExpressResponse): Request => {
  const request = createRequest(req, res)
  if (!Buffer.isBuffer(req.body)) return request
  return new Request(request.url, {
    body: new Uint8Array(req.body),
    headers: request.headers,
    method: request.method,
    signal: request.signal,
  })
}

/** Runs a Fetch-style handler (Request in, Response out) from Express. */
const fromFetch =
  (handler: FetchHandler): RequestHandler =>
  async (req, res) => {
    await sendResponse(res, await handler(toWebRequest(req, res)))
  }

const uploadSlugsOf = async (config: Promise<SanitizedConfig>) =>
  new Set(
    (await config).collections.filter((collection) => collection.upload).map(({ slug }) => slug),
  )

/** The paths of the date fields among `fields`, through groups, named tabs and arrays. */
const datePaths = (fields: FlattenedField[], prefix = ''): string[] =>
  fields.flatMap((field) => {
    if (field.type === 'date') return [`${prefix}${field.name}`]
    return 'flattenedFields' in field
      ? datePaths(field.flattenedFields, `${prefix}${field.name}.`)
      : []
  })

const dateFieldsBySlug = async (config: Promise<SanitizedConfig>) =>
  new Map(
    [...(await config).collections, ...(await config).globals].map((entity) => [
      entity.slug,
      new Set(datePaths(entity.flattenedFields)),
    ]),
  )

/**
 * A POST that Payload serves as a GET (X-HTTP-Method-Override, as its admin sends long
 * relationship queries) carries its query string as a form body, up to the body limit.
 */
const overriddenSearch = (req: ExpressRequest): string => {
  const override = req.get('X-Payload-HTTP-Method-Override') ?? req.get('X-HTTP-Method-Override')
  return req.method === 'POST' &&
    override === 'GET' &&
    req.is('application/x-www-form-urlencoded') &&
    Buffer.isBuffer(req.body)
    ? req.body.toString('utf8')
    : ''
}

/** Malformed query strings get a 400 that says what to change, before Payload fails on them. */
const checkedQuery =
  (dateFields: Promise<Map<string, Set<string>>>): RequestHandler =>
  async (req, res, next) => {
    const search = req.originalUrl.includes('?')
      ? req.originalUrl.slice(req.originalUrl.indexOf('?'))
      : ''
    const [, , first, second] = req.path.split('/')
    const slug = first === 'globals' ? second : first
    const fields = (await dateFields).get(slug ?? '')
    const problem =
      restQueryProblem(search, fields) ?? restQueryProblem(`?${overriddenSearch(req)}`, fields)
    if (problem) return sendError(res, 400, problem)
    next()
  }

/** Payload's REST API, served by Express with the process's one Payload instance. */
export const payloadRest = (config: Promise<SanitizedConfig>): RequestHandler[] => [
  bounded(uploadSlugsOf(config)),
  checkedQuery(dateFieldsBySlug(config)),
  fromFetch((request) => handleEndpoints({ config, request })),
]

type GraphQLBody = null | { query?: unknown; variables?: unknown }

/** GraphQL documents too large to validate cheaply are refused before Payload parses them. */
const checkedGraphQL: RequestHandler = (req, res, next) => {
  let body: GraphQLBody | undefined
  try {
    body =
      Buffer.isBuffer(req.body) && req.is('application/json')
        ? (JSON.parse(req.body.toString('utf8')) as GraphQLBody)
        : undefined
  } catch {
    return next() // Payload answers malformed JSON in GraphQL's own shape
  }
  const problem = graphqlQueryProblem(body?.query, body?.variables)
  if (problem) return sendError(res, 400, problem)
  next()
}

/** Payload's GraphQL API. */
export const payloadGraphQL = (config: Promise<SanitizedConfig>): RequestHandler[] => [
  bounded(uploadSlugsOf(config)),
  checkedGraphQL,
  fromFetch(GRAPHQL_POST(config)),
]

/**
 * Payload builds its GraphQL schema on the first GraphQL request, and that holds the event loop
 * (0.3–2 s here) for everyone; one internal request at start builds it before anyone can call.
 */
export const buildGraphQLSchema = async (config: Promise<SanitizedConfig>): Promise<void> => {
  if ((await config).graphQL.disable) return
  const response = await GRAPHQL_POST(config)(
    new Request('http://localhost/api/graphql', {
      body: JSON.stringify({ query: '{ __typename }' }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    }),
  )
  if (!response.ok) {
    throw new Error(`Payload's GraphQL did not start: ${response.status} ${await response.text()}`)
  }
}
