import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { checkRole, staffRoles } from '../../../src/access/roles'
import { awareT } from '../../../src/admin/i18n/awareT'
import { defaultLocale } from '../../../src/domain/locales'
import { isQuestionMode, questionModes } from '../../../src/delivery/widget/runtime/questionMode'
import { embedChoicesOf } from '../../../src/partners/embedChoices'
import { embedSnippet } from '../../../src/partners/embedSnippet'

const one = (value: unknown): null | string =>
  typeof value === 'string' && value !== '' ? value : null

/**
 * GET /api/partners/:id/embed?campaign=&audience=&locale=&questions= — the partner's ready-to-paste embed:
 * the script tag with its publishable key, for one of the published campaigns it may show
 * (the first when none is named), an audience both share and a language the campaign has.
 */
export const embedSnippetEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to see a partner’s embed.', 401)
    if (!checkRole(req.user, staffRoles)) {
      throw new APIError('Only Aware staff see partners’ embeds.', 403)
    }
    const id = String(req.routeParams?.id)
    const partner = await req.payload
      .findByID({ collection: 'partners', depth: 0, id, overrideAccess: true })
      .catch(() => null)
    if (!partner) throw new APIError(`There is no partner with the id ${id}.`, 404)
    const choices = await embedChoicesOf(req.payload, partner)
    // Shown in the partner's admin page: in the reader's admin language.
    const t = awareT(req.i18n)
    const answer = (snippet: null | string, problem: null | string, extra: object = {}) =>
      Response.json(
        { ...choices, ...extra, problem, snippet },
        { headers: { 'Cache-Control': 'no-store' } },
      )
    if (!partner.publishableKey) return answer(null, t('aware:embedSaveFirst'))
    if (!partner.active) return answer(null, t('aware:embedDeactivated'))
    if (choices.audiences.length === 0) return answer(null, t('aware:embedNoAudience'))
    if (choices.campaigns.length === 0) {
      return answer(null, t('aware:embedNoCampaign', { audiences: choices.audiences.join(', ') }))
    }
    const query = req.query as Record<string, unknown>
    const named = one(query.campaign)
    const campaign = named
      ? choices.campaigns.find((entry) => entry.slug === named)
      : choices.campaigns[0]
    if (!campaign) {
      throw new APIError(
        `"campaign" must be a published campaign this partner may show (${choices.campaigns.map((entry) => entry.slug).join(', ')}), got "${named}".`,
        400,
      )
    }
    const shared = campaign.audiences.filter((slug) => choices.audiences.includes(slug))
    const audience = one(query.audience) ?? shared[0]
    if (!shared.includes(audience)) {
      throw new APIError(
        `"audience" must be one this partner and “${campaign.title}” share (${shared.join(', ')}), got "${audience}".`,
        400,
      )
    }
    const locale =
      one(query.locale) ??
      (campaign.locales.includes(defaultLocale) ? defaultLocale : campaign.locales[0])
    if (!campaign.locales.includes(locale)) {
      throw new APIError(
        `"locale" must be a language “${campaign.title}” is written in (${campaign.locales.join(', ')}), got "${locale}".`,
        400,
      )
    }
    const questions = one(query.questions)
    if (questions !== null && !isQuestionMode(questions)) {
      throw new APIError(
        `"questions" must be ${questionModes.join(' or ')}, or absent to choose by the widget's width; got "${questions}".`,
        400,
      )
    }
    const snippet = embedSnippet({
      audience,
      campaign: campaign.slug,
      locale,
      origin: req.origin ?? '',
      publishableKey: partner.publishableKey,
      questions,
    })
    return answer(snippet, null, { audience, campaign: campaign.slug, locale, questions })
  },
  method: 'get',
  path: '/:id/embed',
}
