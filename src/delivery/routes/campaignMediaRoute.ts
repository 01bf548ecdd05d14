import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import type { DeliveryState } from '../deliveryState'

import { sendError } from '../../http/sendError'
import { mediaHeaders } from '../../media/mediaHeaders'
import { openStoredMedia } from '../../media/storage/openStoredMedia'

const NOT_FOUND = 'No published, running campaign shows an image with this name.'

/**
 * GET /media/:filename — an image shown by a published, running campaign, for partner pages,
 * whose <img> cannot carry an API key. Images of drafts, ended campaigns or nothing at all stay
 * behind the access rules of Payload's own /api/media. Both serve the type stored at upload, from
 * the media directory or the bucket, whichever this deployment keeps uploads in.
 */
export const campaignMediaRoute =
  (payload: Payload, state: DeliveryState): RequestHandler =>
  async (req, res, next) => {
    const filename = String(req.params.filename)
    const stored =
      filename === path.basename(filename) ? await state.loadPublishedMedia(filename) : undefined
    const file = stored && (await openStoredMedia(payload, filename))
    if (!stored || !file) {
      return sendError(res, 404, NOT_FOUND)
    }
    res.set({
      ...mediaHeaders(stored.mimeType, filename),
      'Cache-Control': 'public, max-age=3600',
      'Content-Length': String(file.size),
      'Cross-Origin-Resource-Policy': 'cross-origin',
    })
    await pipeline(file.body, res).catch((error: unknown) => {
      if (!res.headersSent) next(error)
      else res.destroy()
    })
  }
