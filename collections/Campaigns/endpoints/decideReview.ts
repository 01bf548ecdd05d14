import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import type { Checklist } from '../../../src/editorial/review/checklist'

import { checkRole } from '../../../src/access/roles'
import { recordAuditEvent } from '../../../src/audit/recordAuditEvent'
import { locales } from '../../../src/domain/locales'
import { readEnvironment } from '../../../src/environment'
import { findPublishingBlockers } from '../../../src/editorial/readiness/findPublishingBlockers'
import { checklistItems } from '../../../src/editorial/review/checklist'
import {
  contentFingerprint,
  contentLocales,
} from '../../../src/editorial/review/contentFingerprint'
import { loadCampaignReview } from '../../../src/editorial/review/loadCampaignReview'
import { writeReview } from '../../../src/editorial/review/writeReview'

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
  throw new APIError(
    'Send a JSON body: {"locale": "tl", "decision": "approve" or "request-changes", "checklist": {…}, "comment": "…"}.',
    400,
  )
}

/**
 * POST /api/campaigns/:id/reviews — a reviewer approves one language after the content-safety
 * checklist, or asks for changes with a comment. The decision is stored with the campaign's new
 * draft, with the fingerprint of the text it was made on.
 */
export const decideReviewEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to review a campaign.', 401)
    if (!checkRole(req.user, ['admin', 'reviewer'])) {
      throw new APIError('Only reviewers and administrators approve or ask for changes.', 403)
    }
    const loaded = await loadCampaignReview(req, req.routeParams?.id)
    if (!loaded) {
      throw new APIError(`There is no campaign with the id ${String(req.routeParams?.id)}.`, 404)
    }
    const { campaign, texts, title } = loaded
    const body = await readBody(req)
    const written = contentLocales(texts)
    const locale = written.find((code) => code === body.locale)
    if (!locale) {
      throw new APIError(
        `"locale" must be one of the campaign's languages (${written.join(', ')}), got ${JSON.stringify(body.locale ?? null)}.`,
        400,
      )
    }
    if (body.decision !== 'approve' && body.decision !== 'request-changes') {
      throw new APIError('"decision" must be "approve" or "request-changes".', 400)
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
          `Approve ${nameOf(locale)} only after the whole checklist; not ticked: ${unticked
            .map((item) => item.label)
            .join('; ')}.`,
          400,
        )
      }
      const blockers = findPublishingBlockers(texts, {
        maxHotlineAgeDays: readEnvironment().hotlineMaxAgeDays,
        now: new Date(),
      }).filter((blocker) => blocker.locale === locale)
      if (blockers.length > 0) {
        throw new APIError(
          `${nameOf(locale)} cannot be approved while ${blockers.length} thing(s) block publishing it; first: ${blockers[0]?.message}`,
          409,
        )
      }
    } else if (comment.length < 3) {
      throw new APIError(
        'Say what should change: "comment" is required when asking for changes.',
        400,
      )
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
