import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { checkRole } from '../../../src/access/roles'
import { recordAuditEvent } from '../../../src/audit/recordAuditEvent'
import { locales } from '../../../src/domain/locales'
import { latestVersionOf } from '../../../src/editorial/preview/draftVersions'
import { parsePreviewLinkRequest } from '../../../src/editorial/preview/parsePreviewLinkRequest'
import { previewKeyFor } from '../../../src/editorial/preview/previewKey'
import { PREVIEW_LINK_CREATED } from '../../../src/editorial/preview/previewLinkRecords'
import { newPreviewLinkId, signPreviewGrant } from '../../../src/editorial/preview/previewLinkToken'
import { PREVIEW_LINK_PATH } from '../../../src/editorial/preview/previewPaths'

const nameOf = (code: string) =>
  `${locales.find((locale) => locale.code === code)?.label ?? code} (${code})`

const readBody = async (req: Parameters<Endpoint['handler']>[0]): Promise<unknown> => {
  try {
    return (await req.json?.()) as unknown
  } catch {
    return undefined
  }
}

/** The languages a stored version has text in (a title, as delivery counts translations). */
const languagesOf = (title: unknown): string[] =>
  typeof title === 'object' && title !== null
    ? Object.entries(title)
        .filter(([, value]) => typeof value === 'string' && value.trim() !== '')
        .map(([code]) => code)
    : []

/**
 * POST /api/campaigns/:id/preview-links — a signed link to the campaign's draft as it reads now,
 * in one language, for someone without an account (a partner). The draft is first kept as a
 * version of its own (Payload's autosave rewrites its latest autosave in place), and the link
 * names that version and its timestamp, so it never shows later edits.
 */
export const createPreviewLinkEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to create a preview link.', 401)
    if (!checkRole(req.user, ['admin', 'editor'])) {
      throw new APIError('Only editors and administrators create preview links.', 403)
    }
    const parsed = parsePreviewLinkRequest(await readBody(req))
    if (typeof parsed === 'string') throw new APIError(parsed, 400)
    const id = String(req.routeParams?.id)
    let latest = await latestVersionOf(req.payload, id)
    if (!latest) throw new APIError(`There is no campaign with the id ${id}.`, 404)
    const available = languagesOf(latest.version.title)
    if (!available.includes(parsed.locale)) {
      throw new APIError(
        `The draft has no ${nameOf(parsed.locale)} text yet; choose one of ${available.join(', ')}.`,
        400,
      )
    }
    if (latest.autosave) {
      // A manual "save draft": a new version that later autosaves leave alone.
      await req.payload.update({
        collection: 'campaigns',
        data: {},
        depth: 0,
        draft: true,
        id,
        overrideAccess: false,
        req,
      })
      latest = await latestVersionOf(req.payload, id)
      if (!latest) throw new APIError(`There is no campaign with the id ${id}.`, 404)
    }
    const issuedAt = Date.now()
    const expiresAt = issuedAt + parsed.expiresInHours * 3_600_000
    const link = newPreviewLinkId()
    const token = signPreviewGrant(previewKeyFor(req.payload), {
      campaign: latest.parent as number | string,
      expiresAt,
      id: link,
      issuedAt,
      locale: parsed.locale,
      savedAt: latest.updatedAt,
      version: latest.id,
    })
    // Read in every language (locale "all"), the title is an object by language.
    const title = (latest.version.title as unknown as Record<string, string>)[parsed.locale]
    await recordAuditEvent(req, {
      action: PREVIEW_LINK_CREATED,
      details: {
        expiresAt: new Date(expiresAt).toISOString(),
        issuedAt,
        link,
        version: String(latest.id),
      },
      locale: parsed.locale,
      subject: { collection: 'campaigns', id: latest.parent as number | string, label: title },
      summary: `created a preview link to a draft of “${title}” in ${nameOf(parsed.locale)}`,
    })
    const path = `${PREVIEW_LINK_PATH}/${token}`
    return Response.json(
      {
        expiresAt: new Date(expiresAt).toISOString(),
        id: link,
        locale: parsed.locale,
        path,
        url: req.origin ? new URL(path, req.origin).href : path,
        version: latest.id,
      },
      { status: 201 },
    )
  },
  method: 'post',
  path: '/:id/preview-links',
}
