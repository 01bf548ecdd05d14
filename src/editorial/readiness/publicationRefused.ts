import { APIError } from 'payload'

import type { AdminWords } from '../../admin/i18n/adminWords'
import type { PublishingBlocker } from './findPublishingBlockers'

import { formatCount } from '../../admin/i18n/adminFormat'
import { plural } from '../../admin/i18n/plural'
import { blockerSentence } from './blockerSentence'

const SHOWN = 2
const LIST = '\u0000'

/**
 * Payload's admin shows an error message as a list, split at its first colon and then at every
 * comma; a comma inside quoted text would cut a sentence in two, so the message uses a
 * look-alike (U+201A). The blockers in `data` keep the exact text.
 */
export const keepWhole = (sentence: string) => sentence.replaceAll(',', '\u201a')

/**
 * The answer to a refused publish: one message naming the first problems' language, field and
 * text (then a count), in the language of the person publishing (`req.i18n`), and every blocker
 * as data, in English, for clients that list them.
 */
export const publicationRefused = (blockers: PublishingBlocker[], words: AdminWords): APIError => {
  const shown = blockers
    .slice(0, SHOWN)
    .map((blocker) => keepWhole(blockerSentence(blocker, words)))
  const more = blockers.length - shown.length
  const rest = words.t('aware:publishRefusedMore', { count: formatCount(words.language, more) })
  const list = [...shown, ...(more > 0 ? [rest] : [])].join(', ')
  // The sentence around the list keeps no comma of its own either (a translation may have one):
  // it is made whole with a stand-in for the list, which goes in afterwards.
  const head = keepWhole(plural(words, 'publishRefused', blockers.length, { list: LIST }))
  return new APIError(head.replace(LIST, list), 400, { blockers }, true)
}
