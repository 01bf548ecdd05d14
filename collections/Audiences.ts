import type { CollectionConfig } from 'payload'

import { adminOrEditor } from '../src/access/adminOrEditor'
import { audiencesForPartner } from '../src/access/audiencesForPartner'
import { slugField } from '../src/fields/slug'
import { locales } from '../src/domain/locales'
import { inEveryLanguage } from '../src/admin/i18n/translations'

/** Who a campaign speaks to. Audiences are data: an NGO adds its own (truck drivers, crew…). */
export const Audiences: CollectionConfig<'audiences'> = {
  slug: 'audiences',
  access: {
    create: adminOrEditor,
    delete: adminOrEditor,
    read: audiencesForPartner,
    update: adminOrEditor,
  },
  labels: {
    plural: inEveryLanguage('audiencePlural'),
    singular: inEveryLanguage('audienceSingular'),
  },
  admin: {
    defaultColumns: ['name', 'slug', 'languages'],
    group: inEveryLanguage('groupContent'),
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField('name'),
    { name: 'description', type: 'textarea', localized: true },
    {
      name: 'languages',
      type: 'select',
      admin: { description: inEveryLanguage('fieldAudienceLanguagesDescription') },
      hasMany: true,
      options: locales.map(({ code, label }) => ({ label, value: code })),
    },
  ],
}
