import type { Payload } from 'payload'
import type { IncomingHttpHeaders } from 'node:http'

import type { LocaleCode } from '../../domain/locales'
import type { Campaign } from '../../payload-types'

import { checkRole, staffRoles } from '../../access/roles'
import { defaultLocale, isLocaleCode, localeCodes } from '../../domain/locales'
import { webHeaders } from '../../http/webHeaders'
import { latestVersionOf, sameId, versionById } from './draftVersions'
import { previewKeyFor } from './previewKey'
import { revocationOf, revocationsOf } from './previewLinkRecords'
import { verifyPreviewToken } from './previewLinkToken'

/** What a preview shows: one stored version, in one language. */
export type PreviewSubject = {
  expiresAt: null | number
  locale: LocaleCode
  version: Campaign
}

export type PreviewProblem = { message: string; status: number; title: string }

export type PreviewResolution = { problem: PreviewProblem } | { subject: PreviewSubject }

const problem = (status: number, title: string, message: string): { problem: PreviewProblem } => ({
  problem: { message, status, title },
})

/** The version's own data, named by its campaign's id as the published document would be. */
const asCampaign = (version: { parent: unknown; version: Campaign }): Campaign => ({
  ...version.version,
  id: version.parent as Campaign['id'],
})

/**
 * Live Preview in the admin: the campaign's newest version (what autosave last stored), for a
 * signed-in member of staff, in the language asked for (the admin's chosen locale).
 */
export const resolveLivePreview = async (
  payload: Payload,
  headers: IncomingHttpHeaders,
  campaign: string,
  requestedLocale: unknown,
): Promise<PreviewResolution> => {
  const locale = requestedLocale === undefined ? defaultLocale : requestedLocale
  if (!isLocaleCode(locale)) {
    return problem(
      400,
      'Unknown language',
      `"locale" must be one of ${localeCodes.join(', ')}, got ${JSON.stringify(locale)}.`,
    )
  }
  const { user } = await payload.auth({ headers: webHeaders(headers) })
  if (!user) return problem(401, 'Sign in first', 'Sign in to the admin to preview drafts.')
  if (!checkRole(user, staffRoles)) {
    return problem(403, 'Not allowed', 'Only Aware staff preview drafts.')
  }
  const version = await latestVersionOf(payload, campaign)
  if (!version) {
    return problem(404, 'No such campaign', `There is no campaign with the id ${campaign}.`)
  }
  return { subject: { expiresAt: null, locale, version: asCampaign(version) } }
}

/**
 * A signed preview link: exactly the version it was made for, in its language, until it
 * expires or is revoked; no sign-in. A version rewritten since (it would show other text) or
 * deleted is gone. A revoked link answers 410, as an expired one does: the link was real and is
 * gone for good (404 is for what was never a link), and only the holder of a correctly signed
 * link learns that it existed.
 */
export const resolvePreviewLink = async (
  payload: Payload,
  token: string,
): Promise<PreviewResolution> => {
  const checked = verifyPreviewToken(previewKeyFor(payload), token)
  if ('problem' in checked) {
    if (checked.problem === 'expired') {
      return problem(
        410,
        'This preview link has expired',
        `It expired on ${new Date(checked.expiredAt).toUTCString()}. Ask the campaign's editor for a new link.`,
      )
    }
    if (checked.problem === 'outdated') {
      return problem(
        410,
        'This preview link is from an earlier version of Aware',
        "It was made before preview links could be withdrawn one by one, so it no longer opens. Ask the campaign's editor for a new link.",
      )
    }
    return problem(
      404,
      'This preview link is not valid',
      'Check that the whole link was copied, or ask the campaign editor for a new one.',
    )
  }
  const { grant } = checked
  const revocation = revocationOf(grant, await revocationsOf(payload, grant.campaign))
  if (revocation) {
    return problem(
      410,
      'This preview link was revoked',
      `The campaign's editor withdrew it on ${new Date(revocation.revokedAt).toUTCString()}. Ask them for a new link if you still need one.`,
    )
  }
  const version = await versionById(payload, grant.version)
  if (
    !version ||
    !sameId(version.parent, grant.campaign) ||
    new Date(version.updatedAt).getTime() !== new Date(grant.savedAt).getTime()
  ) {
    return problem(
      410,
      'This draft is no longer available',
      'The draft this link showed has been replaced or deleted. Ask the campaign editor for a new link.',
    )
  }
  return {
    subject: { expiresAt: grant.expiresAt, locale: grant.locale, version: asCampaign(version) },
  }
}
