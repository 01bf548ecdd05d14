import type { Payload } from 'payload'

import type { CampaignView } from '../../delivery/content/campaignView'
import type { StoredMedia } from '../../delivery/content/publishedContent'
import type { LocaleCode } from '../../domain/locales'
import type { Campaign } from '../../payload-types'

import { campaignView } from '../../delivery/content/campaignView'
import { storedContentOf } from '../../delivery/content/loadPublishedContent'

/**
 * A stored version rendered exactly as the delivery API would render it once published: the same
 * conversion, the same fallback to the default language, the same body HTML and hotlines. Its
 * images are read from under the preview's own path (`mediaBase`), which serves a draft's images
 * to whoever may see the draft; the public /media/ path serves only running campaigns' images.
 */
export const draftViewOf = async (
  payload: Payload,
  version: Campaign,
  locale: LocaleCode,
  mediaBase: string,
): Promise<CampaignView> => {
  const { campaigns, media } = await storedContentOf(payload, [version])
  return campaignView(
    campaigns[0],
    locale,
    media,
    (filename) => `${mediaBase}/${encodeURIComponent(filename)}`,
  )
}

/** The image of this name among those the version's body shows, in any of its languages. */
export const draftMediaNamed = async (
  payload: Payload,
  version: Campaign,
  filename: string,
): Promise<StoredMedia | undefined> => {
  const { media } = await storedContentOf(payload, [version])
  return [...media.values()].find((stored) => stored.filename === filename)
}
