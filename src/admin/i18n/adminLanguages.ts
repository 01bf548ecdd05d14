import type { AcceptedLanguages, Language } from '@payloadcms/translations'

import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { fr } from '@payloadcms/translations/languages/fr'

/**
 * The languages the admin speaks (Payload's own texts come with them; Arabic is laid out right
 * to left). Each user picks theirs on the account page; until then the browser's language is
 * used where it is one of these, else English.
 */
export const adminLanguages = { ar, en, es, fr } satisfies Partial<
  Record<AcceptedLanguages, Language>
>

export type AdminLanguage = keyof typeof adminLanguages

export const adminLanguageCodes = Object.keys(adminLanguages) as AdminLanguage[]
