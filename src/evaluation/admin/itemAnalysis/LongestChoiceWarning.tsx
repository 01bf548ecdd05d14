'use client'

import { useAllFormFields } from '@payloadcms/ui'
import React from 'react'

import {
  type AuthoredItem,
  longestCorrectChoice,
  longestCorrectChoiceWarning,
} from '../../itemAnalysis/longestCorrectChoice'
import './longestChoiceWarning.scss'

/** The items as the form holds them now (in the language being edited), by field path. */
const itemsOf = (fields: Record<string, { value?: unknown }>): AuthoredItem[] => {
  const items = new Map<number, Map<number, { correct: boolean; label: string }>>()
  for (const [path, field] of Object.entries(fields)) {
    const match = /^items\.(\d+)\.choices\.(\d+)\.(label|correct)$/.exec(path)
    if (!match) continue
    const choices = items.get(Number(match[1])) ?? new Map()
    const choice = choices.get(Number(match[2])) ?? { correct: false, label: '' }
    if (match[3] === 'label') choice.label = typeof field.value === 'string' ? field.value : ''
    else choice.correct = field.value === true
    choices.set(Number(match[2]), choice)
    items.set(Number(match[1]), choices)
  }
  return [...items]
    .sort(([a], [b]) => a - b)
    .map(([index, choices]) => ({
      choices: [...choices].sort(([a], [b]) => a - b).map(([, choice]) => choice),
      key: String(fields[`items.${index}.key`]?.value ?? `item ${index + 1}`),
    }))
    .filter((item) => item.choices.some((choice) => choice.correct))
}

/**
 * Warns the author, while they write, when the correct choice is systematically the longest:
 * the check could be passed by picking the longest choice (pack validation gives the same
 * warning). A warning, not an error: saving is never refused for it.
 */
export const LongestChoiceWarning: React.FC = () => {
  const [fields] = useAllFormFields()
  const warning = longestCorrectChoiceWarning(longestCorrectChoice(itemsOf(fields)))
  if (!warning) return null
  return (
    <p className="aware-guessable" data-warning="longest-correct-choice" role="status">
      {warning}
    </p>
  )
}
