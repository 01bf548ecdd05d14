import type { CollectionConfig } from 'payload'

import path from 'node:path'

import { adminOrEditor } from '../../src/access/adminOrEditor'
import { staffOrActivePartner } from '../../src/access/staffOrActivePartner'
import { servableImageMimeTypes } from '../../src/media/imageTypes'
import { serveStoredMedia } from '../../src/media/serveStoredMedia'
import { checkStoredFileIsImage } from './hooks/checkStoredFileIsImage'
import { refuseUploadsThatAreNotImages } from './hooks/refuseUploadsThatAreNotImages'
import { inEveryLanguage } from '../../src/admin/i18n/translations'

export type MediaOptions = {
  /** Where uploads live on this machine (MEDIA_DIR); unused with a bucket (mediaStoragePlugin). */
  mediaDir: string
}

export const mediaCollection = ({ mediaDir }: MediaOptions): CollectionConfig<'media'> => ({
  slug: 'media',
  access: {
    create: adminOrEditor,
    delete: adminOrEditor,
    read: staffOrActivePartner,
    update: adminOrEditor,
  },
  admin: { group: inEveryLanguage('groupContent') },
  labels: { plural: inEveryLanguage('mediaPlural'), singular: inEveryLanguage('mediaSingular') },
  fields: [
    {
      name: 'alt',
      type: 'text',
      admin: { description: inEveryLanguage('fieldMediaAltDescription') },
      localized: true,
      required: true,
    },
  ],
  hooks: {
    beforeChange: [checkStoredFileIsImage],
    beforeOperation: [refuseUploadsThatAreNotImages],
  },
  upload: {
    crop: false,
    focalPoint: false,
    handlers: [serveStoredMedia],
    // Raster images only (no SVG): see src/media/imageTypes.ts.
    mimeTypes: servableImageMimeTypes,
    pasteURL: false,
    staticDir: path.resolve(mediaDir),
  },
})
