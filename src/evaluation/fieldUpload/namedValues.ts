import { channels } from '../../domain/channels'
import { type LocaleCode, locales } from '../../domain/locales'

const englishNames = new Intl.DisplayNames(['en'], { type: 'language' })

/** Names people also use for a language, beyond its code, its own name and its English name. */
const otherNames: Record<string, LocaleCode> = { bengali: 'bn', myanmar: 'my' }

const fold = (text: string) => text.trim().toLocaleLowerCase('en').replace(/\s+/g, ' ')

/** Channels by value or label ("Workshop", "Pre-departure seminar"), in any case. */
const channelByName = new Map<string, string>(
  channels.flatMap((channel) => [
    [fold(channel.value), channel.value],
    [fold(channel.label), channel.value],
  ]),
)

/** Languages by code, own name or English name ("ar", "العربية", "Arabic"), in any case. */
const localeByName = new Map<string, LocaleCode>([
  ...locales.flatMap((locale): [string, LocaleCode][] => [
    [fold(locale.code), locale.code],
    [fold(locale.label), locale.code],
    [fold(englishNames.of(locale.code) ?? locale.code), locale.code],
  ]),
  ...Object.entries(otherNames),
])

export const channelNamed = (cell: string): string | undefined => channelByName.get(fold(cell))

export const localeNamed = (cell: string): LocaleCode | undefined => localeByName.get(fold(cell))

/** How the template and the docs list a language: "tl (Tagalog)". */
export const localeListing = (): string[] =>
  locales.map((locale) => `${locale.code} (${englishNames.of(locale.code) ?? locale.label})`)
