/** Where a campaign meets its audience; reports break reach and knowledge change down by these. */
export const channels = [
  { label: 'Website', value: 'web' },
  { label: 'Poster with QR code', value: 'poster-qr' },
  { label: 'Workshop', value: 'workshop' },
  { label: 'Pre-departure seminar', value: 'seminar' },
  { label: 'Classroom', value: 'classroom' },
  { label: 'E-learning', value: 'e-learning' },
  { label: 'Messaging app', value: 'messaging' },
  { label: 'Social media', value: 'social-media' },
  { label: 'In-flight', value: 'in-flight' },
  { label: 'Radio', value: 'radio' },
] as const

export type Channel = (typeof channels)[number]['value']

export const channelValues: Channel[] = channels.map((channel) => channel.value)

export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && (channelValues as string[]).includes(value)
