import type { LocaleTranslation } from '../translation/translationStatus'

const partLabel = { body: 'Body', summary: 'Summary', title: 'Title' } as const

/** One sentence per translation state, as the list's tooltip and the edit view say it. */
export const stateLabel = (entry: LocaleTranslation): string => {
  if (entry.state === 'missing') {
    return `Missing: ${entry.missing.map((part) => partLabel[part]).join(', ')}`
  }
  if (entry.state === 'stale') return 'Stale: the default language changed since it was translated'
  return 'Complete'
}
