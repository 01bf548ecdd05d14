import type { Payload } from 'payload'

import type { ReportCampaign } from '../reports/reportCampaign'
import type { SubmissionRecord } from '../store/records'
import type { CodebookItem } from './codebook'

import { defaultLocale } from '../../domain/locales'
import { audienceNamesOf } from '../reports/audienceNames'

const idOf = (value: unknown): string =>
  String(typeof value === 'object' && value !== null && 'id' in value ? value.id : value)

/**
 * What the codebook labels, in the default language: the campaign's audiences by name, and its
 * knowledge check's items (question, choices, which are correct), plus an item that submissions
 * answered but the current check no longer has, labelled as such.
 */
export const loadExportSubjects = async (
  payload: Payload,
  campaign: ReportCampaign,
  submissions: SubmissionRecord[],
): Promise<{ audiences: [string, string][]; items: CodebookItem[] }> => {
  const found = await payload.findByID({
    collection: 'campaigns',
    depth: 0,
    id: campaign.id,
    locale: defaultLocale,
    overrideAccess: true,
    select: { knowledgeCheck: true },
  })
  const [names, check] = await Promise.all([
    audienceNamesOf(payload),
    found.knowledgeCheck
      ? payload.findByID({
          collection: 'assessments',
          depth: 0,
          disableErrors: true,
          id: idOf(found.knowledgeCheck),
          locale: defaultLocale,
          overrideAccess: true,
          select: { items: true },
        })
      : null,
  ])
  const items: CodebookItem[] = (check?.items ?? []).map((item) => ({
    choices: item.choices.map((choice) => ({
      correct: choice.correct === true,
      key: choice.key,
      label: choice.label,
    })),
    key: item.key,
    question: item.question,
  }))
  const known = new Set(items.map((item) => item.key))
  for (const submission of submissions) {
    for (const key of Object.keys(submission.choices)) {
      if (known.has(key)) continue
      known.add(key)
      items.push({ choices: [], key, question: `Item ${key} (no longer in the knowledge check)` })
    }
  }
  return {
    audiences: campaign.audiences.flatMap((id) => {
      const slug = campaign.audienceSlugs.get(id)
      return slug ? [[slug, names.get(slug) ?? slug] as [string, string]] : []
    }),
    items,
  }
}
