import type { Block } from 'payload'

import { blockLabel, rowLabel } from '../../../src/admin/labels/labelComponents'

export const WarningSigns: Block = {
  slug: 'warningSigns',
  admin: { components: { Label: blockLabel('title', 'Warning signs') } },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'signs',
      type: 'array',
      admin: { components: { RowLabel: rowLabel('sign', 'Sign') } },
      fields: [{ name: 'sign', type: 'text', required: true }],
      minRows: 1,
      required: true,
    },
  ],
  interfaceName: 'WarningSignsBlock',
  labels: { plural: 'Warning signs', singular: 'Warning signs' },
}
