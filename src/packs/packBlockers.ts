import type {
  CampaignInLocales,
  KnowledgeCheckInLocales,
} from '../editorial/readiness/campaignTexts'
import type { BlockerRules, PublishingBlocker } from '../editorial/readiness/findPublishingBlockers'
import type { EditorState } from '../delivery/content/publishedContent'
import type { LocaleCode } from '../domain/locales'
import type { AssessmentItemDocument, PackDocuments } from './documents'

import { campaignTexts } from '../editorial/readiness/campaignTexts'
import { findPublishingBlockers } from '../editorial/readiness/findPublishingBlockers'

type PerLocale<T> = Partial<Record<LocaleCode, T>>

const entries = <T>(docs: PerLocale<T>) => Object.entries(docs) as [LocaleCode, T][]

const collect = <T, V>(docs: PerLocale<T>, read: (doc: T) => undefined | V): PerLocale<V> => {
  const out: PerLocale<V> = {}
  for (const [locale, doc] of entries(docs)) {
    const value = read(doc)
    if (value !== undefined) out[locale] = value
  }
  return out
}

/**
 * What would block publishing a pack once imported: the same rules the campaign hook applies,
 * read from the documents the import is about to write, so a pack with placeholders is imported
 * as a draft instead of failing.
 */
export const packBlockers = (
  documents: PackDocuments,
  rules: BlockerRules,
): PublishingBlocker[] => {
  const campaign: CampaignInLocales = {
    body: collect(documents.campaign, (doc) => doc.body as EditorState | undefined),
    summary: collect(documents.campaign, (doc) => doc.summary),
    title: collect(documents.campaign, (doc) => doc.title),
  }
  const first = Object.values(documents.assessment)[0]
  const check: KnowledgeCheckInLocales | null = first
    ? {
        items: first.items.map((item, index) => {
          const text = (read: (row: AssessmentItemDocument) => string | undefined) =>
            collect(documents.assessment, (doc) => {
              const row = doc.items[index]
              return row ? read(row) : undefined
            })
          return {
            choices: item.choices.map((choice, position) => ({
              key: choice.key,
              label: text((row) => row.choices[position]?.label),
            })),
            explanation: text((row) => row.explanation),
            key: item.key,
            question: text((row) => row.question),
          }
        }),
        title: collect(documents.assessment, (doc) => doc.title),
      }
    : null
  return findPublishingBlockers(campaignTexts(campaign, check), rules)
}
