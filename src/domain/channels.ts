/**
 * Where a campaign meets its audience; reports break reach and knowledge change down by these.
 * `labelKey` names the admin's translation of the label (src/admin/i18n).
 */
export const channels = [
  { label: 'Website', labelKey: 'channelWeb', value: 'web' },
  { label: 'Poster with QR code', labelKey: 'channelPosterQr', value: 'poster-qr' },
  { label: 'Workshop', labelKey: 'channelWorkshop', value: 'workshop' },
  { label: 'Pre-departure seminar', labelKey: 'channelSeminar', value: 'seminar' },
  { label: 'Classroom', labelKey: 'channelClassroom', value: 'classroom' },
  { label: 'E-learning', labelKey: 'channelELearning', value: 'e-learning' },
  { label: 'Messaging app', labelKey: 'channelMessaging', value: 'messaging' },
  { label: 'Social media', labelKey: 'channelSocialMedia', value: 'social-media' },
  { label: 'In-flight', labelKey: 'channelInFlight', value: 'in-flight' },
  { label: 'Radio', labelKey: 'channelRadio', value: 'radio' },
] as const

export type Channel = (typeof channels)[number]['value']

export const channelValues: Channel[] = channels.map((channel) => channel.value)

export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && (channelValues as string[]).includes(value)
