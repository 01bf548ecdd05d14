'use client'

import type { DefaultCellComponentProps } from 'payload'

import { DefaultCell } from '@payloadcms/ui'
import React from 'react'

import { useAwareTranslation } from '../../admin/i18n/useAwareTranslation'
import { defaultLocale, locales } from '../../domain/locales'

const defaultName = locales.find((locale) => locale.code === defaultLocale)?.label ?? defaultLocale

/**
 * The list's title: in a language without a title yet, the default language's title, marked as
 * such, rather than Payload's “<No Title>”. Still the link to the campaign.
 */
export const CampaignTitleCell: React.FC<DefaultCellComponentProps> = (props) => {
  const { t } = useAwareTranslation()
  const title = typeof props.cellData === 'string' ? props.cellData.trim() : ''
  const fallback = (props.rowData as { defaultTitle?: null | string }).defaultTitle
  const cellData =
    title ||
    (fallback ? t('aware:titleNotTranslated', { language: defaultName, title: fallback }) : '')
  return <DefaultCell {...props} cellData={cellData} />
}
