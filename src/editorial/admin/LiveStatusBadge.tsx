'use client'

import type { LiveStatus } from '../schedule/liveStatus'

import React from 'react'

import { adminWordsOf } from '../../admin/i18n/adminWords'
import { useAwareTranslation } from '../../admin/i18n/useAwareTranslation'
import { liveStatusText } from './liveStatusText'
import './editorial.scss'

/** A coloured state with the sentence that explains it, in the reader's admin language. */
export const LiveStatusBadge: React.FC<{ compact?: boolean; status: LiveStatus }> = ({
  compact = false,
  status,
}) => {
  const { i18n } = useAwareTranslation()
  const text = liveStatusText(status, adminWordsOf(i18n))
  return (
    <span className={`aware-live aware-live--${status.state}`} data-state={status.state}>
      <span aria-hidden="true" className="aware-live__dot" />
      <span className="aware-live__label">{compact ? text.short : text.label}</span>
    </span>
  )
}
