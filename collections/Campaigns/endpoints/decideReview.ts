import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import type { AwareTranslationKey } from '../../../src/admin/i18n/translations'
import type { Checklist, ChecklistKey } from '../../../src/editorial/review/checklist'

import { checkRole } from '../../../src/access/roles'
import { adminWordsOf } from '../../../src/admin/i18n/adminWords'
import { plural } from '../../../src/admin/i18n/plural'
import { recordAuditEvent } from '../../../src/audit/recordAuditEvent'
import { locales } from '../../../src/domain/locales'
import { blockerSentence } from '../../../src/editorial/readiness/blockerSentence'
import { findPublishingBlockers } from '../../../src/editorial/readiness/findPublishingBlockers'
import { checklistItems } from '../../../src/editorial/review/checklist'
import { settingsOf } from '../../../src/settingsOf'
import {
  contentFingerprint,
  contentLocales,
} from '../../../src/editorial/review/contentFingerprint'
import { loadCampaignReview } from '../../../src/editorial/review/loadCampaignReview'
import { writeReview } from '../../../src/editorial/review/writeReview'

const checklistLabels: Record<ChecklistKey, AwareTranslationKey> = {
  accurate: 'aware:checkAccurate',
  hotlinesVerified: 'aware:checkHotlinesVerified',
  noRestraintImagery: 'aware:checkNoRestraintImagery',
  noStigmatisingLanguage: 'aware:checkNoStigmatisingLanguage',
}

type Body = { checklist?: unknown; comment?: unknown; decision?: unknown; locale?: unknown }

const nameOf = (code: string) =>
  `${locales.find((locale) => locale.code === code)?.label ?? code} (${code})`

const readBody = async (req: Parameters<Endpoint['handler']>[0]): Promise<Body> => {
  try {
    const body = (await req.json?.()) as unknown
    if (body && typeof body === 'object') return body as Body
  } catch {
    // Answered below.
  }
  throw new APIError(adminWordsOf(req.i18n).t('aware:decideBody'), 400)
}

/**
 * POST /api/campaigns/:id/reviews — a reviewer approves one language after the content-safety
 * checklist, or asks for changes with a comment. The decision is stored with the campaign's new
 * draft, with the fingerprint of the text it was made on.
 */
export const decideReviewEndpoint: Endpoint = {
  handler: async (req) => {
    // Messages in the reviewer's admin language (`req.i18n`: their choice, else their browser's).
    const words = adminWordsOf(req.i18n)
    const { t } = words
    if (!req.user) throw new APIError(t('aware:decideSignIn'), 401)
    if (!checkRole(req.user, ['admin', 'reviewer'])) {
      throw new APIError(t('aware:decideOnlyReviewers'), 403)
    }
    const loaded = await loadCampaignReview(req, req.routeParams?.id)
    if (!loaded) {
      throw new APIError(t('aware:decideNoCampaign', { id: String(req.routeParams?.id) }), 404)
    }
    const { campaign, texts, title } = loaded
    const body = await readBody(req)
    const written = contentLocales(texts)
    const locale = written.find((code) => code === body.locale)
    if (!locale) {
      throw new APIError(
        t('aware:decideLocale', {
          got: JSON.stringify(body.locale ?? null),
          languages: written.join(', '),
        }),
        400,
      )
    }
    if (body.decision !== 'approve' && body.decision !== 'request-changes') {
      throw new APIError(t('aware:decideDecision'), 400)
    }
    const comment = typeof body.comment === 'string' ? body.comment.trim() : ''
    const ticked = (body.checklist ?? {}) as Record<string, unknown>
    const checklist = Object.fromEntries(
      checklistItems.map(({ key }) => [key, ticked[key] === true]),
    ) as Checklist
    if (body.decision === 'approve') {
      const unticked = checklistItems.filter(({ key }) => !checklist[key])
      if (unticked.length > 0) {
        throw new APIError(
          t('aware:decideChecklist', {
            items: unticked.map((item) => t(checklistLabels[item.key])).join('; '),
            language: nameOf(locale),
          }),
          400,
        )
      }
      const blockers = findPublishingBlockers(texts, {
        maxHotlineAgeDays: settingsOf(req.payload).hotlineMaxAgeDays,
        now: new Date(),
      }).filter((blocker) => blocker.locale === locale)
      if (blockers.length > 0) {
        throw new APIError(
          plural(words, 'decideBlocked', blockers.length, {
            first: blockerSentence(blockers[0]!, words),
            language: nameOf(locale),
          }),
          409,
        )
      }
    } else if (comment.length < 3) {
      throw new APIError(t('aware:decideComment'), 400)
    }
    const approve = body.decision === 'approve'
    const signOff = {
      checklist,
      comment: comment || null,
      decidedAt: new Date().toISOString(),
      decision: approve ? ('approved' as const) : ('changes-requested' as const),
      fingerprint: contentFingerprint(texts, locale),
      locale,
      reviewer: req.user.id,
      reviewerLabel: 'email' in req.user ? String(req.user.email) : null,
    }
    await writeReview(req, campaign, {
      ...campaign.review,
      signOffs: [...(campaign.review?.signOffs ?? []), signOff],
    })
    await recordAuditEvent(req, {
      action: approve ? 'campaign.approved' : 'campaign.changes-requested',
      details: approve ? { checklist } : { comment },
      locale,
      subject: { collection: 'campaigns', id: campaign.id, label: title },
      summary: approve
        ? `approved ${nameOf(locale)} of “${title}”`
        : `asked for changes to ${nameOf(locale)} of “${title}”: ${comment}`,
    })
    const after = await loadCampaignReview(req, campaign.id)
    return Response.json(after?.review, { status: 201 })
  },
  method: 'post',
  path: '/:id/reviews',
}
