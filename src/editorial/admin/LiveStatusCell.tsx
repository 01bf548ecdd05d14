'use client'

import type { DefaultCellComponentProps } from 'payload'

import type { LiveStatus } from '../schedule/liveStatus'

import React from 'react'

import { LiveStatusBadge } from './LiveStatusBadge'

/** The list's “Live” column. */
export const LiveStatusCell: React.FC<DefaultCellComponentProps> = ({ cellData }) =>
  cellData ? <LiveStatusBadge compact status={cellData as LiveStatus} /> : null
