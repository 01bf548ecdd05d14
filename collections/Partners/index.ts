import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../src/access/adminOnly'
import { staffOrSelfPartner } from '../../src/access/staffOrSelfPartner'
import { embedSnippetEndpoint } from './endpoints/embedSnippet'
import { issuePublishableKey } from './hooks/issuePublishableKey'
import { normalizeOrigins } from './hooks/normalizeOrigins'
import { recordPartnerKeyChanges, recordPartnerKeysDeleted } from './hooks/recordPartnerKeyChanges'
import {
  rememberPartnerKeysBeforeChange,
  rememberPartnerKeysBeforeDelete,
} from './hooks/rememberPartnerKeys'
import { validateOrigins } from './validation/validateOrigins'
import { inEveryLanguage } from '../../src/admin/i18n/translations'

/**
 * An organisation whose site or channel delivers campaigns. It signs its requests with one of its
 * two keys (`Authorization: partners API-Key <key>`) and never logs into the admin: the
 * publishable key for web pages (the widget), the secret key (Payload's API key) for its servers.
 */
export const Partners: CollectionConfig<'partners'> = {
  slug: 'partners',
  access: {
    admin: () => false,
    create: adminOnly,
    delete: adminOnly,
    read: staffOrSelfPartner,
    update: adminOnly,
  },
  labels: {
    plural: inEveryLanguage('partnerPlural'),
    singular: inEveryLanguage('partnerSingular'),
  },
  admin: {
    defaultColumns: ['organisation', 'country', 'active', 'updatedAt'],
    group: inEveryLanguage('groupSettings'),
    useAsTitle: 'organisation',
  },
  auth: {
    disableLocalStrategy: true,
    useAPIKey: true,
  },
  endpoints: [embedSnippetEndpoint],
  fields: [
    { name: 'organisation', type: 'text', required: true },
    {
      name: 'country',
      type: 'text',
      admin: { description: inEveryLanguage('fieldPartnerCountryDescription') },
      validate: (value: null | string | undefined) =>
        !value || /^[A-Z]{2}$/.test(value) ? true : 'Use the two-letter country code, e.g. "PH".',
    },
    {
      name: 'allowedOrigins',
      type: 'text',
      admin: {
        description:
          'Web origins allowed to call the delivery API from a browser, e.g. https://seminars.example.org',
      },
      hasMany: true,
      hooks: { beforeValidate: [normalizeOrigins] },
      validate: validateOrigins,
    },
    {
      name: 'allowedAudiences',
      type: 'relationship',
      admin: { description: inEveryLanguage('fieldPartnerAudiencesDescription') },
      hasMany: true,
      relationTo: 'audiences',
    },
    {
      name: 'publishableKey',
      type: 'text',
      admin: {
        description:
          'Publishable key, for web pages: the data-key of the embed. It works only from the ' +
          'allowed origins above, and sends events only inside short widget sessions with limits ' +
          'per visitor. The API key (Enable API key) is the secret key: for the partner’s own ' +
          'servers, never in a page.',
        readOnly: true,
      },
      index: true,
      unique: true,
    },
    {
      name: 'embedSnippet',
      type: 'ui',
      admin: {
        components: { Field: '/src/partners/admin/EmbedSnippetPanel#EmbedSnippetPanel' },
      },
    },
    {
      name: 'replacePublishableKey',
      type: 'checkbox',
      admin: {
        description: inEveryLanguage('fieldPartnerRotateDescription'),
      },
      virtual: true,
    },
    {
      name: 'active',
      type: 'checkbox',
      admin: { description: inEveryLanguage('fieldPartnerActiveDescription'), position: 'sidebar' },
      defaultValue: true,
    },
  ],
  hooks: {
    afterChange: [recordPartnerKeyChanges],
    afterDelete: [recordPartnerKeysDeleted],
    beforeChange: [issuePublishableKey, rememberPartnerKeysBeforeChange],
    beforeDelete: [rememberPartnerKeysBeforeDelete],
  },
}
