import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { createRequest, sendResponse } from '@remix-run/node-fetch-server'
import { handleEndpoints } from 'payload'

type FetchHandler = (request: Request) => Promise<Response>

/** Runs a Fetch-style handler (Request in, Response out) from Express. */
const fromFetch =
  (handler: FetchHandler): RequestHandler =>
  async (req, res, next) => {
    try {
      await sendResponse(res, await handler(createRequest(req, res)))
    } catch (error) {
      next(error)
    }
  }

/** Payload's REST API, served by Express with the process's one Payload instance. */
export const payloadRest = (config: Promise<SanitizedConfig>): RequestHandler =>
  fromFetch((request) => handleEndpoints({ config, request }))

/** Payload's GraphQL API. */
export const payloadGraphQL = (config: Promise<SanitizedConfig>): RequestHandler =>
  fromFetch(GRAPHQL_POST(config))
