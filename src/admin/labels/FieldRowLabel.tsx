'use client'

import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

import { shorten } from './shorten'

type Props = {
  /** Shown with the row number while the field is empty, e.g. "Source" → "Source 3". */
  fallback: string
  /** The row field whose text names the row (in the current language). */
  field: string
  /** A checkbox field that marks the row, e.g. the correct choice. */
  mark?: { field: string; text: string }
}

/** Titles an array row by its own content: a source by its label, a question by its text. */
export const FieldRowLabel: React.FC<Props> = ({ fallback, field, mark }) => {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const value = data?.[field]
  const text = typeof value === 'string' && value.trim() ? shorten(value) : null
  const marked = mark && data?.[mark.field] === true ? ` ${mark.text}` : ''
  return (
    <span className="aware-row-label">
      {text ?? `${fallback} ${(rowNumber ?? 0) + 1}`}
      {marked}
    </span>
  )
}
