import type { Payload } from 'payload'

import type { Assessment } from '../../payload-types'
import type { AnswerKey } from './answerKey'

import { onChange } from '../../cache/changeFeed'
import { LoadingCache } from '../../cache/loadingCache'

/**
 * Answer keys by assessment and revision. A revision's answer key never changes (any change to
 * it raises the revision: bumpAnswerKeyRevision), but its explanations may be reworded or
 * translated, so an edited assessment's entries are forgotten (forgetAnswerKeys). A revision not
 * found is remembered only briefly: it may be the one being saved.
 */
const answerKeys = new LoadingCache<string, AnswerKey | null>({ max: 1000, ttlMs: 10 * 60_000 })
const NOT_FOUND_TTL_MS = 1_000

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
export const forgetAnswerKeys = (assessment: number | string): void =>
  answerKeys.deleteWhere((key) => key.startsWith(`${assessment}@`))

// An assessment edited on another instance (changeFeed.ts): its explanations may differ.
onChange('content', () => answerKeys.clear())

const findAnswerKey = async (
  payload: Payload,
  assessment: string,
  revision: number,
): Promise<AnswerKey | null> => {
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
  return version ? answerKeyOf(assessment, revision, version as Assessment) : null
}

/** The answer key of the revision a respondent saw, or null when there is no such revision. */
export const loadAnswerKey = (
  payload: Payload,
  assessment: string,
  revision: number,
): Promise<AnswerKey | null> =>
  answerKeys.get(
    `${assessment}@${revision}`,
    () => findAnswerKey(payload, assessment, revision),
    (answerKey) => (answerKey ? undefined : NOT_FOUND_TTL_MS),
  )
