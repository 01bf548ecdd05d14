import type { Payload } from 'payload'

import type { Assessment } from '../../payload-types'
import type { AnswerKey } from './answerKey'

import { onChange } from '../../cache/changeFeed'

/**
 * Answer keys by assessment and revision. A revision's answer key never changes (any change to
 * it raises the revision: bumpAnswerKeyRevision), but its explanations may be reworded or
 * translated, so an edited assessment's entries are forgotten (forgetAnswerKeys).
 */
const answerKeys = new Map<string, AnswerKey>()
const MAX_ENTRIES = 1000

type LocalizedText = null | Record<string, null | string | undefined> | string | undefined

const explanationsOf = (text: LocalizedText): Record<string, string> => {
  if (!text) return {}
  if (typeof text === 'string') return { en: text }
  const explanations: Record<string, string> = {}
  for (const [locale, value] of Object.entries(text)) if (value) explanations[locale] = value
  return explanations
}

const answerKeyOf = (assessment: string, revision: number, version: Assessment): AnswerKey => ({
  assessment,
  items: version.items.map((item) => ({
    choices: item.choices.map((choice) => choice.key),
    correct: item.choices.filter((choice) => choice.correct === true).map((choice) => choice.key),
    explanations: explanationsOf(item.explanation as LocalizedText),
    key: item.key,
  })),
  revision,
})

/** An assessment was edited: its explanations may have changed in any revision. */
export const forgetAnswerKeys = (assessment: number | string): void => {
  for (const key of answerKeys.keys()) {
    if (key.startsWith(`${assessment}@`)) answerKeys.delete(key)
  }
}

// An assessment edited on another instance (changeFeed.ts): its explanations may differ.
onChange('content', () => answerKeys.clear())

/** The answer key of the revision a respondent saw, or null when there is no such revision. */
export const loadAnswerKey = async (
  payload: Payload,
  assessment: string,
  revision: number,
): Promise<AnswerKey | null> => {
  const cacheKey = `${assessment}@${revision}`
  const cached = answerKeys.get(cacheKey)
  if (cached) return cached
  const { docs } = await payload.findVersions({
    collection: 'assessments',
    depth: 0,
    limit: 1,
    locale: 'all',
    overrideAccess: true,
    sort: '-updatedAt',
    where: {
      and: [{ parent: { equals: assessment } }, { 'version.revision': { equals: revision } }],
    },
  })
  const version = docs[0]?.version
  if (!version) return null
  const answerKey = answerKeyOf(assessment, revision, version as Assessment)
  if (answerKeys.size >= MAX_ENTRIES) answerKeys.delete(answerKeys.keys().next().value as string)
  answerKeys.set(cacheKey, answerKey)
  return answerKey
}
