import type { Block } from 'payload'

import { blockLabel } from '../../../src/admin/labels/labelComponents'

export const Image: Block = {
  slug: 'image',
  admin: { components: { Label: blockLabel('caption', 'Image') } },
  fields: [
    { name: 'media', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'text' },
  ],
  interfaceName: 'ImageBlock',
  labels: { plural: 'Images', singular: 'Image' },
}
