'use client'

import type { DefaultCellComponentProps } from 'payload'

import { DefaultCell } from '@payloadcms/ui'
import React from 'react'

import { defaultLocale, locales } from '../../domain/locales'

const defaultName = locales.find((locale) => locale.code === defaultLocale)?.label ?? defaultLocale

/**
 * The list's title: in a language without a title yet, the default language's title, marked as
 * such, rather than Payload's “<No Title>”. Still the link to the campaign.
 */
export const CampaignTitleCell: React.FC<DefaultCellComponentProps> = (props) => {
  const title = typeof props.cellData === 'string' ? props.cellData.trim() : ''
  const fallback = (props.rowData as { defaultTitle?: null | string }).defaultTitle
  const cellData = title || (fallback ? `${fallback} (${defaultName}, not translated)` : '')
  return <DefaultCell {...props} cellData={cellData} />
}
