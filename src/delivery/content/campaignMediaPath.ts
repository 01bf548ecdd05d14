/**
 * Where partner pages load a campaign's images from: a path on Aware's origin that needs no key
 * (an <img> cannot send one). The widget prefixes it with Aware's origin.
 */
export const CAMPAIGN_MEDIA_PREFIX = '/media/'

export const campaignMediaPath = (filename: string): string =>
  `${CAMPAIGN_MEDIA_PREFIX}${encodeURIComponent(filename)}`
