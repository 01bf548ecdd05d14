'use client'

import type { LiveStatus } from '../schedule/liveStatus'

import React from 'react'

import './editorial.scss'

/** A coloured state with the sentence that explains it. */
export const LiveStatusBadge: React.FC<{ compact?: boolean; status: LiveStatus }> = ({
  compact = false,
  status,
}) => (
  <span className={`aware-live aware-live--${status.state}`} data-state={status.state}>
    <span aria-hidden="true" className="aware-live__dot" />
    <span className="aware-live__label">{compact ? status.short : status.label}</span>
  </span>
)
