import type { Payload } from 'payload'

import type { LocaleCode } from '../../domain/locales'
import type { FieldCampaign } from './fieldCampaign'

/** A knowledge check's wording in one language, as a paper sheet and a template print it. */
export type SheetQuestions = {
  items: { choices: { key: string; label: string }[]; key: string; question: string }[]
  locale: LocaleCode
  title: string
}

/**
 * The wording of a campaign's knowledge check in `locale` (the default language where a text is
 * not translated). Read past access control only for a campaign the caller was already allowed to
 * see (loadFieldCampaigns), and only the wording: never which choice is correct.
 */
export const loadSheetQuestions = async (
  payload: Payload,
  campaign: FieldCampaign,
  locale: LocaleCode,
): Promise<SheetQuestions | null> => {
  if (!campaign.assessment) return null
  const assessment = await payload.findByID({
    collection: 'assessments',
    depth: 0,
    fallbackLocale: 'en',
    id: campaign.assessment.id,
    locale,
    overrideAccess: true,
    select: {
      items: { choices: { key: true, label: true }, key: true, question: true },
      title: true,
    },
  })
  return {
    items: assessment.items.map((item) => ({
      choices: item.choices.map((choice) => ({ key: choice.key, label: choice.label })),
      key: item.key,
      question: item.question,
    })),
    locale,
    title: assessment.title,
  }
}
