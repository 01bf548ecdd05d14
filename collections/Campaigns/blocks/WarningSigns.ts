import type { Block } from 'payload'

export const WarningSigns: Block = {
  slug: 'warningSigns',
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'signs',
      type: 'array',
      fields: [{ name: 'sign', type: 'text', required: true }],
      minRows: 1,
      required: true,
    },
  ],
  interfaceName: 'WarningSignsBlock',
  labels: { plural: 'Warning signs', singular: 'Warning signs' },
}
