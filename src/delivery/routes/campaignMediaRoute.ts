import type { RequestHandler } from 'express'

import path from 'node:path'

import type { DeliveryState } from '../deliveryState'

import { readEnvironment } from '../../environment'
import { mediaHeaders } from '../../media/mediaHeaders'

const notFound = {
  errors: [{ message: 'No published, running campaign shows an image with this name.' }],
}

/**
 * GET /media/:filename — an image shown by a published, running campaign, for partner pages,
 * whose <img> cannot carry an API key. Images of drafts, ended campaigns or nothing at all stay
 * behind the access rules of Payload's own /api/media. Both serve the type stored at upload.
 */
export const campaignMediaRoute =
  (state: DeliveryState): RequestHandler =>
  async (req, res, next) => {
    const filename = String(req.params.filename)
    const stored =
      filename === path.basename(filename) ? await state.loadPublishedMedia(filename) : undefined
    if (!stored) {
      res.status(404).json(notFound)
      return
    }
    res.set({
      ...mediaHeaders(stored.mimeType, filename),
      'Cache-Control': 'public, max-age=3600',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    })
    res.sendFile(
      filename,
      { dotfiles: 'deny', root: path.resolve(readEnvironment().mediaDir) },
      (error) => {
        if (error && !res.headersSent) next(error)
      },
    )
  }
