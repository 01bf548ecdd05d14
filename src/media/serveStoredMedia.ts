import type { PayloadRequest } from 'payload'

import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import { mediaHeaders } from './mediaHeaders'

type FileRequest = { params: { collection: string; filename: string } }

/**
 * Payload's /api/media/file/:filename, once its access rule has let the caller through: the file
 * with the headers of mediaHeaders.ts, by the type stored at upload. Payload would otherwise guess
 * the type again, falling back to the file's name when the bytes say nothing.
 */
export const serveStoredMedia = async (
  req: PayloadRequest,
  { params: { collection, filename } }: FileRequest,
): Promise<Response> => {
  const notFound = () => Response.json({ errors: [{ message: 'No such file.' }] }, { status: 404 })
  const config = req.payload.collections[collection as 'media']?.config
  const staticDir = config?.upload && path.resolve(config.upload.staticDir ?? collection)
  if (!staticDir || filename !== path.basename(filename)) return notFound()
  const { docs } = await req.payload.find({
    collection: collection as 'media',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    select: { filename: true, mimeType: true },
    where: { filename: { equals: filename } },
  })
  const file = path.join(staticDir, filename)
  const size = docs[0] && (await stat(file).catch(() => undefined))?.size
  if (!docs[0] || size === undefined) return notFound()
  return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, {
    headers: {
      ...mediaHeaders(docs[0].mimeType, filename),
      'Cache-Control': 'private, max-age=60',
      'Content-Length': String(size),
    },
  })
}
