import type { Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { pipeline } from 'node:stream/promises'

import type { MountRoutes } from '../../http/mountRoutes'
import type { PreviewResolution, PreviewSubject } from './resolvePreview'

import { locales } from '../../domain/locales'
import { sendError } from '../../http/sendError'
import { mediaHeaders } from '../../media/mediaHeaders'
import { openStoredMedia } from '../../media/storage/openStoredMedia'
import { draftMediaNamed, draftViewOf } from './draftView'
import { previewPage, previewPagePolicy, previewProblemPage } from './previewPage'
import { LIVE_PREVIEW_PATH, PREVIEW_LINK_PATH } from './previewPaths'
import { resolveLivePreview, resolvePreviewLink } from './resolvePreview'

type FrameAncestors = "'none'" | "'self'"

type PreviewKind = {
  /** The admin's Live Preview frames its page; a link is opened on its own. */
  frameAncestors: FrameAncestors
  live: boolean
  /** Where the preview's images are served: `${base}/:filename`. */
  mediaBase: (req: Request) => string
  resolve: (req: Request) => Promise<PreviewResolution>
  viewPath: (req: Request, locale: string) => string
}

const labelOf = (code: string) => locales.find((locale) => locale.code === code)?.label ?? code

const bannerOf = (subject: PreviewSubject, live: boolean) => {
  const language = labelOf(subject.locale)
  if (live) {
    return `Live preview of the latest draft in ${language}. Not published: nothing here is sent or counted.`
  }
  const until = new Date(subject.expiresAt ?? 0).toUTCString()
  return `Preview of a draft in ${language}, not published yet: answers are not sent or counted. This link works until ${until}.`
}

const pageHeaders = (res: Response, frameAncestors: FrameAncestors) =>
  res.set({
    'Cache-Control': 'no-store',
    'Content-Security-Policy': previewPagePolicy(frameAncestors),
    'X-Robots-Tag': 'noindex, nofollow',
  })

/** The page: the real widget, reading the draft from the view route below. */
const pageRoute =
  (payload: Payload, kind: PreviewKind): RequestHandler =>
  async (req, res) => {
    const resolved = await kind.resolve(req)
    pageHeaders(res, kind.frameAncestors)
    if ('problem' in resolved) {
      const { message, status, title } = resolved.problem
      res.status(status).type('html').send(previewProblemPage(title, message))
      return
    }
    const { subject } = resolved
    const view = await draftViewOf(payload, subject.version, subject.locale, kind.mediaBase(req))
    const page = previewPage({
      banner: bannerOf(subject, kind.live),
      locale: subject.locale,
      slug: view.slug,
      title: view.title,
      viewPath: kind.viewPath(req, subject.locale),
    })
    res.status(200).type('html').send(page)
  }

/** The data: the draft rendered as the delivery API renders a published campaign. */
const viewRoute =
  (payload: Payload, kind: PreviewKind): RequestHandler =>
  async (req, res) => {
    const resolved = await kind.resolve(req)
    if ('problem' in resolved) {
      sendError(res, resolved.problem.status, resolved.problem.message)
      return
    }
    const { locale, version } = resolved.subject
    res
      .status(200)
      .set('Cache-Control', 'no-store')
      .json(await draftViewOf(payload, version, locale, kind.mediaBase(req)))
  }

/**
 * An image the previewed version shows, to whoever may see that preview: exactly the files its
 * body references (in any of its languages), nothing else, never cached by anyone else.
 */
const mediaRoute =
  (payload: Payload, kind: PreviewKind): RequestHandler =>
  async (req, res, next) => {
    const resolved = await kind.resolve(req)
    if ('problem' in resolved) {
      sendError(res, resolved.problem.status, resolved.problem.message)
      return
    }
    const filename = String(req.params.filename)
    const stored = await draftMediaNamed(payload, resolved.subject.version, filename)
    const file = stored && (await openStoredMedia(payload, filename))
    if (!stored || !file) {
      sendError(res, 404, 'This draft shows no image with this name.')
      return
    }
    res.set({
      ...mediaHeaders(stored.mimeType, filename),
      'Cache-Control': 'private, no-store',
      'Content-Length': String(file.size),
      'Cross-Origin-Resource-Policy': 'same-origin',
    })
    await pipeline(file.body, res).catch((error: unknown) => {
      if (!res.headersSent) next(error)
      else res.destroy()
    })
  }

/**
 * Previews of drafts: the admin's Live Preview (signed-in staff, the newest version, the chosen
 * language) and signed preview links for partners (one version, one language, until it expires,
 * no sign-in). Neither goes through the delivery API, its caches or the evaluation data.
 */
export const mountPreview: MountRoutes = (app, payload) => {
  const live: PreviewKind = {
    frameAncestors: "'self'",
    live: true,
    mediaBase: (req) => `${LIVE_PREVIEW_PATH}/${encodeURIComponent(String(req.params.id))}/media`,
    resolve: (req) =>
      resolveLivePreview(payload, req.headers, String(req.params.id), req.query.locale),
    viewPath: (req, locale) =>
      `${LIVE_PREVIEW_PATH}/${encodeURIComponent(String(req.params.id))}/view.json?locale=${locale}`,
  }
  const link: PreviewKind = {
    frameAncestors: "'none'",
    live: false,
    mediaBase: (req) =>
      `${PREVIEW_LINK_PATH}/${encodeURIComponent(String(req.params.token))}/media`,
    resolve: (req) => resolvePreviewLink(payload, String(req.params.token)),
    viewPath: (req) =>
      `${PREVIEW_LINK_PATH}/${encodeURIComponent(String(req.params.token))}/view.json`,
  }
  app.get(`${LIVE_PREVIEW_PATH}/:id`, pageRoute(payload, live))
  app.get(`${LIVE_PREVIEW_PATH}/:id/view.json`, viewRoute(payload, live))
  app.get(`${PREVIEW_LINK_PATH}/:token`, pageRoute(payload, link))
  app.get(`${PREVIEW_LINK_PATH}/:token/view.json`, viewRoute(payload, link))
  app.get(`${LIVE_PREVIEW_PATH}/:id/media/:filename`, mediaRoute(payload, live))
  app.get(`${PREVIEW_LINK_PATH}/:token/media/:filename`, mediaRoute(payload, link))
}
