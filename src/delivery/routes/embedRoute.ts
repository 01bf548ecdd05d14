import type { RequestHandler } from 'express'

import type { WidgetAsset } from '../widget/widgetAsset'

import { acceptsGzip, matchesIfNoneMatch } from '../http/negotiation'

/**
 * /embed.js. Partner pages load it from another origin with a plain <script> tag (no CORS), so
 * it must be Cross-Origin-Resource-Policy: cross-origin. The URL carries no version, so browsers
 * keep it a day and revalidate in the background for a week: long enough to spare phones the
 * download, short enough for a fix to reach every partner within days.
 */
export const embedRoute =
  (asset: Promise<WidgetAsset>): RequestHandler =>
  async (req, res) => {
    const widget = await asset
    res.set({
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'public, max-age=86400, stale-while-revalidate=604800',
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      ETag: widget.etag,
      Vary: 'Accept-Encoding',
    })
    if (matchesIfNoneMatch(req.get('if-none-match'), widget.etag)) {
      res.status(304).end()
      return
    }
    const gzip = acceptsGzip(req.get('accept-encoding'))
    const body = gzip ? widget.gzip : widget.body
    if (gzip) res.set('Content-Encoding', 'gzip')
    res.set('Content-Length', String(body.length))
    res.status(200).end(req.method === 'HEAD' ? undefined : body)
  }
