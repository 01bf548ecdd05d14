import type { Block } from 'payload'

import { blockLabel, rowLabel } from '../../../src/admin/labels/labelComponents'

export const Rights: Block = {
  slug: 'rights',
  admin: { components: { Label: blockLabel('title', 'Rights') } },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'rights',
      type: 'array',
      admin: { components: { RowLabel: rowLabel('right', 'Right') } },
      fields: [{ name: 'right', type: 'text', required: true }],
      minRows: 1,
      required: true,
    },
  ],
  interfaceName: 'RightsBlock',
  labels: { plural: 'Rights', singular: 'Rights' },
}
