import { locales } from '../../domain/locales'

/** A campaign language as messages name it: its own name and its code, "Tagalog (tl)". */
export const languageName = (code: string): string =>
  `${locales.find((locale) => locale.code === code)?.label ?? code} (${code})`
