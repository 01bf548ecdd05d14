import type { CollectionConfig } from 'payload'

import path from 'node:path'

import { adminOrEditor } from '../../src/access/adminOrEditor'
import { staffOrActivePartner } from '../../src/access/staffOrActivePartner'
import { readEnvironment } from '../../src/environment'
import {
  invalidateDeliveredContentAfterChange,
  invalidateDeliveredContentAfterDelete,
} from '../../src/delivery/hooks/invalidateDeliveredContent'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  access: {
    create: adminOrEditor,
    delete: adminOrEditor,
    read: staffOrActivePartner,
    update: adminOrEditor,
  },
  admin: { group: 'Content' },
  fields: [
    {
      name: 'alt',
      type: 'text',
      admin: { description: 'What the image shows, for people using screen readers.' },
      localized: true,
      required: true,
    },
  ],
  hooks: {
    afterChange: [invalidateDeliveredContentAfterChange],
    afterDelete: [invalidateDeliveredContentAfterDelete],
  },
  upload: {
    crop: false,
    focalPoint: false,
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/svg+xml'],
    staticDir: path.resolve(readEnvironment().mediaDir),
  },
}
