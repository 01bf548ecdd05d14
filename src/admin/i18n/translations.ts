import type { AdminLanguage } from './adminLanguages'
import type { AwareKey, AwareStrings } from './strings/en'

import { adminLanguageCodes, adminLanguages } from './adminLanguages'
import { ar } from './strings/ar'
import { en } from './strings/en'
import { es } from './strings/es'
import { fr } from './strings/fr'

/** Aware's own admin texts by language, under the `aware` namespace of Payload's i18n. */
export const awareStrings: Record<AdminLanguage, AwareStrings> = { ar, en, es, fr }

/** What `useTranslation` and `req.t` know about: Payload's keys and `aware:…`. */
export type AwareTranslationsObject = { aware: AwareStrings }
export type AwareTranslationKey = `aware:${AwareKey}`

/**
 * `i18n.translations` for the config: our texts, and, in every language, a locked account
 * answered like a wrong password (Payload's own “user locked” text would tell a stranger that
 * the address has an account; collections/Users/hooks/equaliseLoginWork.ts does the same for
 * timing).
 */
export const adminTranslations = Object.fromEntries(
  adminLanguageCodes.map((code) => [
    code,
    {
      aware: awareStrings[code],
      error: {
        userLocked: adminLanguages[code].translations.error.emailOrPasswordIncorrect,
      },
    },
  ]),
) as Record<AdminLanguage, AwareTranslationsObject & { error: { userLocked: string } }>

/** A label or description in every admin language, as Payload takes them in a config. */
export const inEveryLanguage = (key: AwareKey): Record<AdminLanguage, string> =>
  Object.fromEntries(adminLanguageCodes.map((code) => [code, awareStrings[code][key]])) as Record<
    AdminLanguage,
    string
  >
