import type { Request } from 'express'
import type { Payload } from 'payload'

import type { FieldCampaign } from '../fieldCampaign'

import { isLocaleCode, type LocaleCode, localeCodes } from '../../../domain/locales'
import { authenticate } from '../../ingestion/authenticate'
import { lookupOf } from '../fieldCampaign'
import { loadFieldCampaigns } from '../loadFieldCampaigns'
import { isPublishable, PUBLISHABLE_REFUSAL } from '../publishableRefusal'
import { typedUserOf } from '../typedUserOf'

export type FieldCampaignRequest =
  { campaign: FieldCampaign; locale: LocaleCode } | { message: string; status: number }

/**
 * `?campaign=<slug or id>&locale=<code>` of the template and paper routes: a published campaign the
 * caller (a staff session or a partner's secret key) may record sessions for, in one of its
 * languages (English when none is named).
 */
export const readFieldCampaignRequest = async (
  payload: Payload,
  req: Request,
): Promise<FieldCampaignRequest> => {
  const authentication = await authenticate(payload, req.headers)
  if (!('principal' in authentication)) return authentication
  if (isPublishable(authentication.principal)) return { message: PUBLISHABLE_REFUSAL, status: 403 }
  const locale = req.query.locale ?? 'en'
  if (!isLocaleCode(locale)) {
    return { message: `locale must be one of ${localeCodes.join(', ')}.`, status: 400 }
  }
  const requested = typeof req.query.campaign === 'string' ? req.query.campaign : ''
  const lookup = lookupOf(await loadFieldCampaigns(payload, typedUserOf(authentication.principal)))
  const campaign = lookup.find(requested)
  if (!campaign) {
    return {
      message: `No published campaign "${requested}" for you; ask for one of: ${lookup.slugs().join(', ') || 'none'}.`,
      status: 404,
    }
  }
  return { campaign, locale }
}
