import type { Block } from 'payload'

export const Image: Block = {
  slug: 'image',
  fields: [
    { name: 'media', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'text' },
  ],
  interfaceName: 'ImageBlock',
  labels: { plural: 'Images', singular: 'Image' },
}
