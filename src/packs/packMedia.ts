import type { Payload, PayloadRequest } from 'payload'

import path from 'node:path'

import type { BodyNode, LoadedPack } from './types'

/** Pack images live in the pack's images/ folder; stored, they are media uploads. */
const IMAGES_FOLDER = 'images'

const isUploadId = (media: number | string) =>
  typeof media === 'number' || /^[0-9a-f]{24}$/.test(media) || /^\d+$/.test(media)

const imagesIn = (pack: LoadedPack) =>
  Object.values(pack.campaign.body)
    .flat()
    .flatMap((node: BodyNode) => ('image' in node ? [node.image] : []))

/**
 * Uploads the pack's image files, reusing an upload with the same file name, and returns how to
 * turn each image reference into the upload id Payload stores.
 */
export const uploadPackMedia = async (
  payload: Payload,
  req: PayloadRequest,
  pack: LoadedPack,
): Promise<(media: number | string) => number | string> => {
  const uploads = new Map<string, number | string>()
  for (const image of imagesIn(pack)) {
    const reference = String(image.media)
    if (isUploadId(image.media) || uploads.has(reference)) continue
    const filename = path.basename(reference)
    const existing = await payload.find({
      collection: 'media',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      where: { filename: { equals: filename } },
    })
    const id =
      existing.docs[0]?.id ??
      (
        await payload.create({
          collection: 'media',
          data: { alt: image.caption || filename },
          filePath: path.join(pack.dir, reference),
          overrideAccess: true,
          req,
        })
      ).id
    uploads.set(reference, id)
  }
  return (media) => uploads.get(String(media)) ?? media
}

/** Stored upload ids back to the pack's file references (images/<file name>). */
export const readMediaReferences = async (
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<(value: unknown) => number | string | undefined> => {
  const { docs } = await payload.find({
    collection: 'media',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
  })
  const files = new Map(docs.map((doc) => [doc.id, doc.filename]))
  return (value) => {
    const id = typeof value === 'object' && value ? (value as { id?: number }).id : value
    const filename =
      typeof id === 'number' || typeof id === 'string' ? files.get(id as number) : null
    if (filename) return `${IMAGES_FOLDER}/${filename}`
    return typeof id === 'number' || typeof id === 'string' ? id : undefined
  }
}
