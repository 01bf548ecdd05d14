import type { CollectionConfig } from 'payload'

import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { adminOrEditor } from '../../src/access/adminOrEditor'
import { anyStaff } from '../../src/access/anyStaff'
import { rowLabel } from '../../src/admin/labels/labelComponents'
import { nobodyField } from '../../src/access/nobodyField'
import { publishedForPartnerAudiences } from '../../src/access/publishedForPartnerAudiences'
import { channels } from '../../src/domain/channels'
import { campaignLivePreview } from '../../src/editorial/preview/livePreview'
import { slugField } from '../../src/fields/slug'
import { campaignBodyBlocks } from './blocks'
import { createPreviewLinkEndpoint } from './endpoints/createPreviewLink'
import { decideReviewEndpoint } from './endpoints/decideReview'
import {
  listPreviewLinksEndpoint,
  revokeAllPreviewLinksEndpoint,
  revokePreviewLinkEndpoint,
} from './endpoints/previewLinks'
import { readinessEndpoint } from './endpoints/readiness'
import { requestReviewEndpoint } from './endpoints/requestReview'
import { reviewStatusEndpoint } from './endpoints/reviewStatus'
import { followUpDaysField } from './fields/followUpDays'
import { iatiIdentifierField } from './fields/iatiIdentifier'
import { objectivesField } from './fields/objectives'
import { periodField } from './fields/period'
import { reviewFields } from './fields/review'
import { translationFields } from './fields/translation'
import { computeLiveStatus } from './hooks/computeLiveStatus'
import { protectReviewRecord } from './hooks/protectReviewRecord'
import { recordPublication, rememberWhetherLive } from './hooks/recordPublication'
import { recordReviewStage } from './hooks/recordReviewStage'
import { recordTranslationStatus } from './hooks/recordTranslationStatus'
import { refuseBlockedPublication } from './hooks/refuseBlockedPublication'
import { refuseUnknownLexicalNodes } from '../../src/fields/refuseUnknownLexicalNodes'
import { requireApproval } from './hooks/requireApproval'
import { inEveryLanguage } from '../../src/admin/i18n/translations'

export const Campaigns: CollectionConfig<'campaigns'> = {
  slug: 'campaigns',
  access: {
    create: adminOrEditor,
    delete: adminOrEditor,
    read: publishedForPartnerAudiences,
    readVersions: anyStaff,
    update: adminOrEditor,
  },
  admin: {
    defaultColumns: [
      'title',
      '_status',
      'liveStatus',
      'reviewStage',
      'translationStatus',
      'updatedAt',
    ],
    group: inEveryLanguage('groupContent'),
    livePreview: campaignLivePreview,
    useAsTitle: 'title',
  },
  labels: {
    plural: inEveryLanguage('campaignPlural'),
    singular: inEveryLanguage('campaignSingular'),
  },
  defaultPopulate: { slug: true, title: true },
  endpoints: [
    readinessEndpoint,
    reviewStatusEndpoint,
    requestReviewEndpoint,
    decideReviewEndpoint,
    createPreviewLinkEndpoint,
    listPreviewLinksEndpoint,
    revokePreviewLinkEndpoint,
    revokeAllPreviewLinksEndpoint,
  ],
  fields: [
    {
      name: 'liveStatus',
      type: 'json',
      access: { create: nobodyField, update: nobodyField },
      admin: {
        components: {
          Cell: '/src/editorial/admin/LiveStatusCell#LiveStatusCell',
          Field: '/src/editorial/admin/LiveStatusField#LiveStatusField',
        },
        position: 'sidebar',
      },
      hooks: { afterRead: [computeLiveStatus] },
      label: inEveryLanguage('fieldLive'),
      virtual: true,
    },
    {
      name: 'publishingChecklist',
      type: 'ui',
      admin: {
        components: { Field: '/src/editorial/admin/PublishingChecklist#PublishingChecklist' },
        position: 'sidebar',
      },
    },
    {
      name: 'reviewPanel',
      type: 'ui',
      admin: {
        components: { Field: '/src/editorial/admin/ReviewPanel#ReviewPanel' },
        position: 'sidebar',
      },
    },
    {
      name: 'previewLink',
      type: 'ui',
      admin: {
        components: { Field: '/src/editorial/admin/PreviewLinkPanel#PreviewLinkPanel' },
        position: 'sidebar',
      },
    },
    ...reviewFields,
    {
      name: 'title',
      type: 'text',
      admin: { components: { Cell: '/src/editorial/admin/CampaignTitleCell#CampaignTitleCell' } },
      label: inEveryLanguage('fieldTitle'),
      localized: true,
      required: true,
    },
    ...translationFields,
    slugField(),
    {
      name: 'summary',
      type: 'textarea',
      admin: { description: inEveryLanguage('fieldSummaryDescription') },
      label: inEveryLanguage('fieldSummary'),
      localized: true,
    },
    periodField,
    iatiIdentifierField,
    followUpDaysField,
    {
      name: 'audiences',
      type: 'relationship',
      hasMany: true,
      label: inEveryLanguage('fieldAudiences'),
      minRows: 1,
      relationTo: 'audiences',
      required: true,
    },
    objectivesField,
    {
      name: 'channels',
      type: 'select',
      hasMany: true,
      label: inEveryLanguage('fieldChannels'),
      options: channels.map(({ labelKey, value }) => ({ label: inEveryLanguage(labelKey), value })),
    },
    {
      name: 'body',
      type: 'richText',
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [
          ...defaultFeatures,
          BlocksFeature({ blocks: campaignBodyBlocks }),
        ],
      }),
      hooks: { beforeValidate: [refuseUnknownLexicalNodes] },
      label: inEveryLanguage('fieldBody'),
      localized: true,
    },
    {
      name: 'knowledgeCheck',
      type: 'relationship',
      admin: { description: inEveryLanguage('fieldKnowledgeCheckDescription') },
      label: inEveryLanguage('fieldKnowledgeCheck'),
      relationTo: 'assessments',
    },
    {
      name: 'sources',
      type: 'array',
      admin: {
        components: { RowLabel: rowLabel('label', 'Source') },
        description: inEveryLanguage('fieldSourcesDescription'),
        initCollapsed: true,
      },
      fields: [
        { name: 'label', type: 'text', label: inEveryLanguage('fieldSourceLabel'), required: true },
        { name: 'url', type: 'text', label: inEveryLanguage('fieldSourceUrl') },
      ],
      label: inEveryLanguage('fieldSources'),
    },
  ],
  hooks: {
    afterChange: [recordPublication],
    // In this order: the review record is restored before the publication rules read it.
    beforeChange: [
      protectReviewRecord,
      refuseBlockedPublication,
      requireApproval,
      recordReviewStage,
      rememberWhetherLive,
      recordTranslationStatus,
    ],
  },
  versions: {
    drafts: {
      autosave: { interval: 2000 },
      schedulePublish: true,
      // Drafts are checked like published documents; this is also what stops "Create New" from
      // saving an empty draft the moment the form opens (Payload does that for unvalidated ones).
      validate: true,
    },
    maxPerDoc: 100,
  },
}
