import type { Block } from 'payload'

export const Rights: Block = {
  slug: 'rights',
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'rights',
      type: 'array',
      fields: [{ name: 'right', type: 'text', required: true }],
      minRows: 1,
      required: true,
    },
  ],
  interfaceName: 'RightsBlock',
  labels: { plural: 'Rights', singular: 'Rights' },
}
