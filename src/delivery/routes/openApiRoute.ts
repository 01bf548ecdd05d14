import type { RequestHandler } from 'express'

import { openApiDocument } from '../openapi/openApiDocument'

const body = JSON.stringify(openApiDocument)

/** Public: tools and partner developers read it from anywhere. */
export const openApiRoute: RequestHandler = (_req, res) => {
  res
    .set({
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'public, max-age=300',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    })
    .type('application/json')
    .send(body)
}
