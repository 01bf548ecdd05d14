import { createHash } from 'node:crypto'

import type { LocaleCode } from '../../domain/locales'
import type { CampaignTexts } from '../readiness/campaignTexts'

/**
 * What a reviewer approved, for one language: a digest of every text people read in it (title,
 * summary, body, knowledge check) and of its hotlines. An approval counts while the digest is the
 * same; any edit to that language's content makes it an approval of an earlier text.
 */
export const contentFingerprint = ({ hotlines, texts }: CampaignTexts, locale: LocaleCode) => {
  const content = {
    hotlines: hotlines.filter((entry) => entry.locale === locale).map((entry) => entry.hotline),
    texts: texts.filter((entry) => entry.locale === locale).map(({ path, text }) => [path, text]),
  }
  return createHash('sha256').update(JSON.stringify(content)).digest('hex')
}

/** The languages a campaign is written in: those with a title. */
export const contentLocales = ({ texts }: CampaignTexts): LocaleCode[] => [
  ...new Set(texts.filter((entry) => entry.path === 'title').map((entry) => entry.locale)),
]
