import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { openApiFragmentsOf } from '../../http/serverParts'
import { openApiDocumentOf } from '../openapi/openApiDocument'

/**
 * Public: tools and partner developers read it from anywhere. The document is delivery's part
 * and the fragments the other features' plugins registered, made once.
 */
export const openApiRoute = (payload: Payload): RequestHandler => {
  const body = JSON.stringify(openApiDocumentOf(openApiFragmentsOf(payload.config)))
  return (_req, res) => {
    res
      .set({
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'public, max-age=300',
        'Cross-Origin-Resource-Policy': 'cross-origin',
      })
      .type('application/json')
      .send(body)
  }
}
