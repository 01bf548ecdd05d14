import type { PayloadRequest } from 'payload'

import { Readable } from 'node:stream'

import { errorBody } from '../http/errorBody'
import { mediaHeaders } from './mediaHeaders'
import { openStoredMedia } from './storage/openStoredMedia'

type FileRequest = { params: { collection: string; filename: string } }

/**
 * Payload's /api/media/file/:filename, once its access rule has let the caller through: the file,
 * from the media directory or the bucket, with the headers of mediaHeaders.ts, by the type stored
 * at upload. Payload would otherwise guess the type again, falling back to the file's name when
 * the bytes say nothing; and its S3 adapter would answer with the bucket's type and no sandbox.
 */
export const serveStoredMedia = async (
  req: PayloadRequest,
  { params: { collection, filename } }: FileRequest,
): Promise<Response> => {
  const notFound = () => Response.json(errorBody('No such file.'), { status: 404 })
  if (!req.payload.collections[collection as 'media']?.config.upload) return notFound()
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
  const file = docs[0] && (await openStoredMedia(req.payload, filename))
  if (!docs[0] || !file) return notFound()
  return new Response(Readable.toWeb(file.body) as ReadableStream, {
    headers: {
      ...mediaHeaders(docs[0].mimeType, filename),
      'Cache-Control': 'private, max-age=60',
      'Content-Length': String(file.size),
    },
  })
}
