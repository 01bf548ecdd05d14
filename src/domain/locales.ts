/**
 * The languages campaigns are written in. Migrant-worker content needs the languages of the main
 * sending countries; Arabic and Urdu are written right to left.
 */
export const locales = [
  { code: 'en', label: 'English', rtl: false },
  { code: 'fr', label: 'Français', rtl: false },
  { code: 'es', label: 'Español', rtl: false },
  { code: 'tl', label: 'Tagalog', rtl: false },
  { code: 'id', label: 'Bahasa Indonesia', rtl: false },
  { code: 'ne', label: 'नेपाली', rtl: false },
  { code: 'bn', label: 'বাংলা', rtl: false },
  { code: 'my', label: 'မြန်မာ', rtl: false },
  { code: 'hi', label: 'हिन्दी', rtl: false },
  { code: 'ar', label: 'العربية', rtl: true },
  { code: 'ur', label: 'اردو', rtl: true },
] as const

export type LocaleCode = (typeof locales)[number]['code']

export const defaultLocale: LocaleCode = 'en'

export const localeCodes: LocaleCode[] = locales.map((locale) => locale.code)

export const isLocaleCode = (value: unknown): value is LocaleCode =>
  typeof value === 'string' && (localeCodes as string[]).includes(value)

export const isRightToLeft = (code: LocaleCode): boolean =>
  locales.some((locale) => locale.code === code && locale.rtl)
