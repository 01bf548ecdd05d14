import type { MountRoutes } from './createApp'

/** The HTTP features every Aware server mounts in front of Payload's own API. */
export const features: MountRoutes[] = []
