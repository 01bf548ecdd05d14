import { isServableImageType } from './imageTypes'

/**
 * The headers every stored upload is served with, on /media/:filename and on Payload's own
 * /api/media/file/:filename alike: the type stored at upload (detected from the bytes), never one
 * guessed from the requested name; no sniffing; a sandbox, so even a file that slipped through
 * could not run script on Aware's origin; and anything that is not an image only as a download.
 */
export const mediaHeaders = (
  storedMimeType: null | string | undefined,
  filename: string,
): Record<string, string> => {
  const image = isServableImageType(storedMimeType)
  return {
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Content-Type': image ? String(storedMimeType).toLowerCase() : 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    ...(image
      ? {}
      : {
          'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
        }),
  }
}
