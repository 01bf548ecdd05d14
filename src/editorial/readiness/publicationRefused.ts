import { APIError } from 'payload'

import type { PublishingBlocker } from './findPublishingBlockers'

const SHOWN = 2

/**
 * Payload's admin shows an error message as a list, split at its first colon and then at every
 * comma; a comma inside quoted text would cut a sentence in two, so the message uses a
 * look-alike (U+201A). The blockers in `data` keep the exact text.
 */
const keepWhole = (sentence: string) => sentence.replaceAll(',', '\u201a')

/**
 * The answer to a refused publish: one message naming the first problems' language, field and
 * text (then a count), and every blocker as data for clients that list them.
 */
export const publicationRefused = (blockers: PublishingBlocker[]): APIError => {
  const shown = blockers.slice(0, SHOWN).map((blocker) => keepWhole(blocker.message))
  const more = blockers.length - shown.length
  const count = blockers.length === 1 ? 'this is' : `these ${blockers.length} things are`
  const message =
    `This campaign cannot be published until ${count} fixed (all are listed under “Before publishing”): ` +
    [...shown, ...(more > 0 ? [`…and ${more} more`] : [])].join(', ')
  return new APIError(message, 400, { blockers }, true)
}
