import type { RequestHandler } from 'express'

import path from 'node:path'

import type { DeliveryState } from '../deliveryState'

import { readEnvironment } from '../../environment'

const notFound = {
  errors: [{ message: 'No published, running campaign shows an image with this name.' }],
}

/**
 * GET /media/:filename — an image shown by a published, running campaign, for partner pages,
 * whose <img> cannot carry an API key. Images of drafts, ended campaigns or nothing at all stay
 * behind the access rules of Payload's own /api/media.
 */
export const campaignMediaRoute =
  (state: DeliveryState): RequestHandler =>
  async (req, res, next) => {
    const filename = String(req.params.filename)
    if (filename !== path.basename(filename) || !(await state.loadPublishedMedia(filename))) {
      res.status(404).json(notFound)
      return
    }
    res.set({
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
