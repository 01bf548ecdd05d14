'use client'

import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

import type { AwareTranslationKey } from '../../admin/i18n/translations'

import { useAwareTranslation } from '../../admin/i18n/useAwareTranslation'

const labels: Record<string, AwareTranslationKey> = {
  approved: 'aware:reviewOptionApproved',
  'changes-requested': 'aware:reviewStageChangesRequested',
  draft: 'aware:reviewOptionDraft',
  'in-review': 'aware:reviewStageInReview',
  published: 'aware:reviewStagePublished',
}

/** The list's “Review” column. */
export const ReviewStageCell: React.FC<DefaultCellComponentProps> = ({ cellData }) => {
  const { t } = useAwareTranslation()
  if (typeof cellData !== 'string') return null
  const key = labels[cellData]
  return <span className={`aware-stage aware-stage--${cellData}`}>{key ? t(key) : cellData}</span>
}
