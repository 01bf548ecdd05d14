'use client'

import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

const labels: Record<string, string> = {
  approved: 'Approved',
  'changes-requested': 'Changes requested',
  draft: 'Draft',
  'in-review': 'In review',
  published: 'Published',
}

/** The list's “Review” column. */
export const ReviewStageCell: React.FC<DefaultCellComponentProps> = ({ cellData }) =>
  typeof cellData === 'string' ? (
    <span className={`aware-stage aware-stage--${cellData}`}>{labels[cellData] ?? cellData}</span>
  ) : null
