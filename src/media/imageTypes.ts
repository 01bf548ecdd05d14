import path from 'node:path'

/**
 * The only kinds of file Aware stores and serves as media: raster images, which a browser never
 * runs. HTML, SVG, XML and scripts are refused whatever they are called, because a browser opening
 * one on Aware's origin would run it with the signed-in person's session.
 */
export const servableImageTypes = [
  { extensions: ['png'], mime: 'image/png', name: 'PNG' },
  { extensions: ['jpg', 'jpeg', 'jpe'], mime: 'image/jpeg', name: 'JPEG' },
  { extensions: ['webp'], mime: 'image/webp', name: 'WebP' },
  { extensions: ['gif'], mime: 'image/gif', name: 'GIF' },
] as const

export const servableImageMimeTypes: string[] = servableImageTypes.map(({ mime }) => mime)

const servableExtensions = new Set<string>(
  servableImageTypes.flatMap(({ extensions }) => extensions),
)

const orList = (words: string[]) => `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`

/** "PNG, JPEG, WebP or GIF", for messages. */
export const servableImageNames = orList(servableImageTypes.map(({ name }) => name))

/** ".png, .jpg, .webp or .gif", for messages. */
export const servableImageExtensions = orList(
  servableImageTypes.map(({ extensions }) => `.${extensions[0]}`),
)

export const isServableImageType = (mimeType: null | string | undefined): boolean =>
  typeof mimeType === 'string' && servableImageMimeTypes.includes(mimeType.toLowerCase())

/** The name must say "image" too, so no server, proxy or download ever treats it as a page. */
export const hasServableImageName = (filename: string): boolean =>
  servableExtensions.has(path.extname(filename).slice(1).toLowerCase())
