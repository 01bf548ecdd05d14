'use client'

import type { LiveStatus } from '../schedule/liveStatus'

import { useFormFields } from '@payloadcms/ui'
import React from 'react'

import { LiveStatusBadge } from './LiveStatusBadge'

/** In the edit view's sidebar: whether partners receive the campaign now, or when they will. */
export const LiveStatusField: React.FC = () => {
  const status = useFormFields(([fields]) => fields.liveStatus?.value) as LiveStatus | null
  if (!status) return null
  return (
    <div className="aware-live-field">
      <LiveStatusBadge status={status} />
    </div>
  )
}
