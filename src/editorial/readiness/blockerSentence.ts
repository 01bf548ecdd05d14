import type { AdminWords } from '../../admin/i18n/adminWords'
import type { PublishingBlocker } from './findPublishingBlockers'
import type { FieldWords } from './fieldLabel'

import { plural } from '../../admin/i18n/plural'
import { fieldLabel } from './fieldLabel'
import { languageName } from './languageName'

/** The words of a field path in the reader's language. */
export const fieldWordsIn = ({ t }: AdminWords): FieldWords => ({
  body: t('aware:fieldBody'),
  caption: t('aware:partCaption'),
  choice: t('aware:partChoice'),
  explanation: t('aware:partExplanation'),
  heading: t('aware:partHeading'),
  hotline: t('aware:partHotline'),
  hours: t('aware:partHours'),
  image: t('aware:partImage'),
  item: t('aware:partItem'),
  knowledgeCheck: t('aware:fieldKnowledgeCheck'),
  list: t('aware:partList'),
  name: t('aware:partName'),
  paragraph: t('aware:partParagraph'),
  phone: t('aware:partPhone'),
  question: t('aware:partQuestion'),
  rights: t('aware:partRights'),
  summary: t('aware:fieldSummary'),
  title: t('aware:fieldTitle'),
  url: t('aware:partUrl'),
  warningSigns: t('aware:partWarningSigns'),
})

/**
 * What blocks publishing, as a sentence in the reader's language naming the language, the field
 * and the text: `Tagalog (tl) › Body › Hotline “DMW / OWWA hotline” has never been verified…`.
 */
export const blockerSentence = (
  blocker: Omit<PublishingBlocker, 'message'>,
  words: AdminWords,
): string => {
  const where = `${languageName(blocker.locale)} › ${fieldLabel(blocker.where, fieldWordsIn(words))}`
  switch (blocker.reason) {
    case 'hotline-never-verified':
      return words.t('aware:blockerHotlineNeverVerified', { where })
    case 'hotline-placeholder':
      return words.t('aware:blockerHotlinePlaceholder', { where })
    case 'hotline-verification-expired':
      return plural(words, 'blockerHotlineExpired', blocker.maxAgeDays ?? 0, {
        day: blocker.verifiedOn ?? '',
        where,
      })
    case 'placeholder-text':
      return words.t('aware:blockerPlaceholderText', { text: blocker.text, where })
  }
}
