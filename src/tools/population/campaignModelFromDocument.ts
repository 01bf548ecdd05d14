import type { Assessment, Campaign } from '../../payload-types'
import type { AssessmentModel, CampaignModel } from './types'

/** Which choices of an item are right, when the document does not say (a partner's view). */
export type AnswerKeyLookup = (assessmentSlug: string, itemKey: string) => string[] | undefined

/**
 * Read with `locale: 'all'`, a localized field is an object by locale code: the keys with text are
 * the languages the campaign is written in.
 */
const localesOf = (title: unknown): string[] =>
  typeof title === 'object' && title !== null
    ? Object.entries(title)
        .filter(([, text]) => typeof text === 'string' && text.trim() !== '')
        .map(([locale]) => locale)
    : []

const assessmentModel = (
  check: Assessment,
  answerKey: AnswerKeyLookup | undefined,
): AssessmentModel | null => {
  const items = check.items.map((item) => {
    const correct = answerKey?.(check.slug, item.key)
    return {
      choices: item.choices.map((choice) => ({
        correct: correct ? correct.includes(choice.key) : choice.correct === true,
        key: choice.key,
      })),
      key: item.key,
    }
  })
  // Without an answer key the simulation could not tell right from wrong: leave the check out.
  const complete = items.every((item) => item.choices.some((choice) => choice.correct))
  return complete ? { items, revision: check.revision ?? 1, slug: check.slug } : null
}

/**
 * A campaign document (depth 1, all locales) as the simulation sees it. `audiences` narrows the
 * campaign's audiences to those the sender may serve.
 */
export const campaignModelFromDocument = (
  campaign: Campaign,
  { answerKey, audiences }: { answerKey?: AnswerKeyLookup; audiences?: ReadonlySet<string> } = {},
): CampaignModel => ({
  assessment:
    typeof campaign.knowledgeCheck === 'object' && campaign.knowledgeCheck !== null
      ? assessmentModel(campaign.knowledgeCheck, answerKey)
      : null,
  audiences: campaign.audiences
    .map((audience) => (typeof audience === 'object' ? audience.slug : null))
    .filter((slug): slug is string => slug !== null && (!audiences || audiences.has(slug))),
  channels: [...(campaign.channels ?? [])],
  locales: localesOf(campaign.title),
  period: { end: campaign.period.end ?? null, start: campaign.period.start },
  slug: campaign.slug,
})
