import type { Payload } from 'payload'

import type { CampaignView } from '../../delivery/content/campaignView'
import type { LocaleCode } from '../../domain/locales'
import type { Campaign } from '../../payload-types'

import { campaignView } from '../../delivery/content/campaignView'
import { storedContentOf } from '../../delivery/content/loadPublishedContent'

/**
 * A stored version rendered exactly as the delivery API would render it once published: the same
 * conversion, the same fallback to the default language, the same body HTML and hotlines.
 */
export const draftViewOf = async (
  payload: Payload,
  version: Campaign,
  locale: LocaleCode,
): Promise<CampaignView> => {
  const { campaigns, media } = await storedContentOf(payload, [version])
  return campaignView(campaigns[0], locale, media)
}
