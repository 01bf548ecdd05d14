'use client'

import { useFormFields } from '@payloadcms/ui'
import React from 'react'

import { shorten } from './shorten'

/** Titles a body block by its content, e.g. “Hotline · 1343 Actionline”. */
export const BlockFieldLabel: React.FC<{ field: string; kind: string }> = ({ field, kind }) => {
  const value = useFormFields(([fields]) => fields[field]?.value)
  const text = typeof value === 'string' && value.trim() ? shorten(value) : null
  return (
    <span className="aware-block-label">
      <strong>{kind}</strong>
      {text ? ` · ${text}` : ''}
    </span>
  )
}
