import type { RequestHandler } from 'express'
import type { HelmetOptions } from 'helmet'

import helmet from 'helmet'
import { randomBytes } from 'node:crypto'
import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'

/**
 * What Express and the fast paths answer themselves is data (JSON, CSV, images, the widget's
 * script for partner pages), never a page: a policy that lets nothing load or run, so a response
 * that a browser is tricked into rendering as a document stays inert.
 */
const dataPolicy = {
  baseUri: ["'none'"],
  defaultSrc: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
}

export const helmetOptions: Readonly<HelmetOptions> = {
  contentSecurityPolicy: { directives: dataPolicy, useDefaults: false },
  crossOriginEmbedderPolicy: false,
}

/**
 * The policy of the admin's pages (Next.js). Scripts run only with the nonce of the page they came
 * with, or when loaded by such a script ('strict-dynamic': Next loads its chunks so), so an
 * injected <script> or event handler attribute does not run. Styles allow 'unsafe-inline':
 * Payload's admin renders style attributes on the server and its select menus (react-select,
 * through Emotion) insert <style> elements at run time without a nonce; a style cannot run
 * script. Development adds 'unsafe-eval', which Next's hot reload needs.
 */
const adminPolicy = (development: boolean) => ({
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  defaultSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  objectSrc: ["'none'"],
  scriptSrc: [
    "'self'",
    (_req: IncomingMessage, res: ServerResponse) =>
      `'nonce-${(res as ServerResponse & { locals: { cspNonce: string } }).locals.cspNonce}'`,
    "'strict-dynamic'",
    ...(development ? ["'unsafe-eval'"] : []),
  ],
  styleSrc: ["'self'", "'unsafe-inline'"],
  workerSrc: ["'self'", 'blob:'],
})

/**
 * Gives each admin page a fresh nonce and its policy. Next.js reads the nonce from the request's
 * Content-Security-Policy header and puts it on every script it renders, so the policy is set on
 * the request too (replacing any a client sent) before Next sees it.
 */
export const adminPagePolicy = (development: boolean): RequestHandler => {
  const policy = helmet.contentSecurityPolicy({
    directives: adminPolicy(development),
    useDefaults: false,
  })
  return (req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64')
    policy(req, res, (error?: unknown) => {
      if (error) return next(error)
      req.headers['content-security-policy'] = String(res.getHeader('Content-Security-Policy'))
      delete req.headers['content-security-policy-report-only']
      next()
    })
  }
}

/**
 * The headers helmet puts on every Express response, captured once by running helmet itself,
 * so a response written before Express (a fast path) carries exactly the same ones.
 */
export const securityHeaders = (): Record<string, string> => {
  const response = new ServerResponse(new IncomingMessage(new Socket()))
  helmet(helmetOptions)(response.req, response, () => undefined)
  return Object.fromEntries(
    Object.entries(response.getHeaders()).map(([name, value]) => [name, String(value)]),
  )
}
