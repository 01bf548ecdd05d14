import type { TextField } from 'payload'

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A unique, URL-safe identifier that packs, partners and reports use instead of database ids. */
export const slugField = (): TextField => ({
  name: 'slug',
  type: 'text',
  admin: {
    description: 'Lower-case letters, digits and hyphens, e.g. "peru-child-protection".',
    position: 'sidebar',
  },
  index: true,
  required: true,
  unique: true,
  validate: (value: null | string | string[] | undefined) =>
    typeof value === 'string' && kebabCase.test(value)
      ? true
      : 'Use lower-case letters, digits and single hyphens only (for example "migrant-workers").',
})
