import type { RowField, TextField } from 'payload'

import { slugField as payloadSlugField } from 'payload'

import { defaultLocale } from '../domain/locales'
import { inEveryLanguage } from '../admin/i18n/translations'

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** "Protección de la infancia: Perú" → "proteccion-de-la-infancia-peru"; no Latin letters → undefined. */
export const toSlug = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug === '' ? undefined : slug
}

const validateSlug = (value: null | string | string[] | undefined) => {
  if (typeof value === 'string' && kebabCase.test(value)) return true
  if (!value) {
    return 'Give a slug in lower-case letters, digits and hyphens: the title has no Latin letters to make one from.'
  }
  return 'Use lower-case letters, digits and single hyphens only (for example "migrant-workers").'
}

/**
 * Payload's slug field, with our description and rule, and filled before validation: Payload's
 * own generation runs in beforeChange, in parallel with validation, so a new document without a
 * slug would otherwise be refused as having none.
 */
const checkedSlug = (field: TextField, useAsSlug: string): TextField => ({
  ...field,
  admin: {
    ...field.admin,
    description: inEveryLanguage('fieldSlugDescription'),
  },
  label: inEveryLanguage('fieldSlug'),
  hooks: {
    ...field.hooks,
    beforeValidate: [
      ...(field.hooks?.beforeValidate ?? []),
      // Only an empty slug is filled, from the title being saved; a slug once set stays.
      ({ data, originalDoc, value }) =>
        value ||
        (originalDoc as { slug?: unknown } | undefined)?.slug ||
        toSlug((data as Record<string, unknown> | undefined)?.[useAsSlug]),
    ],
  },
  validate: validateSlug,
})

/**
 * A unique, URL-safe identifier that packs, partners and reports use instead of database ids:
 * Payload's slug field, made from the default language's title (`useAsSlug`) until an editor sets
 * it, and left alone when a translation's title changes.
 */
export const slugField = (useAsSlug = 'title'): RowField =>
  payloadSlugField({
    overrides: (row) => ({
      ...row,
      fields: row.fields.map((field) =>
        'name' in field && field.name === 'slug'
          ? checkedSlug(field as TextField, useAsSlug)
          : field,
      ),
    }),
    slugify: ({ data, req, valueToSlugify }) => {
      const existing = (data as { slug?: unknown } | undefined)?.slug
      if (req.locale && req.locale !== defaultLocale && typeof existing === 'string' && existing) {
        return existing
      }
      return toSlug(valueToSlugify)
    },
    useAsSlug,
  })
