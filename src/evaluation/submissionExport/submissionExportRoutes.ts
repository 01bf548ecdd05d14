import type { RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { MountRoutes } from '../../http/mountRoutes'
import type { ReportCampaign } from '../reports/reportCampaign'

import { checkRole } from '../../access/roles'
import { recordAuditEvent } from '../../audit/recordAuditEvent'
import { sendError } from '../../http/sendError'
import { webHeaders } from '../../http/webHeaders'
import { writeCsv } from '../csv/writeCsv'
import { KEY_PATTERN } from '../events/eventSchema'
import { serverKeysFor } from '../ids/serverKeys'
import { loadReportCampaign } from '../reports/reportCampaign'
import { eventStoreFor } from '../store/eventStoreFor'
import { CODEBOOK_COLUMNS, codebookRows, exportVariables } from './codebook'
import { exportPseudonyms } from './exportPseudonyms'
import { loadExportSubjects } from './loadExportSubjects'
import { submissionRows } from './submissionRows'

export const SUBMISSIONS_EXPORT_PATH = '/api/reports/campaigns/:idOrSlug/submissions'
export const CODEBOOK_PATH = `${SUBMISSIONS_EXPORT_PATH}/codebook`

const shown = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)

/** The query of either download: nothing but an optional audience slug. */
const parseExportQuery = (query: Record<string, unknown>): { audience?: string } | string => {
  for (const [name, value] of Object.entries(query)) {
    if (name !== 'audience') return `${shown(name)} is not a filter of this export; use audience.`
    if (typeof value !== 'string') return 'Give "audience" once, as a single value.'
    if (!new RegExp(KEY_PATTERN).test(value)) {
      return `"audience" must be an audience slug such as "tourists", not ${shown(value)}.`
    }
  }
  return typeof query.audience === 'string' ? { audience: query.audience } : {}
}

type Prepared = {
  audience?: string
  campaign: ReportCampaign
  subjects: Awaited<ReturnType<typeof loadExportSubjects>>
  submissions: Awaited<ReturnType<ReturnType<typeof eventStoreFor>['readSubmissions']>>
}

/** Signs in, authorises (administrators only), checks the query and reads what both files need. */
const prepare = async (
  payload: Payload,
  req: Parameters<RequestHandler>[0],
  res: Response,
): Promise<
  (Prepared & { user: NonNullable<Awaited<ReturnType<Payload['auth']>>['user']> }) | null
> => {
  const { user } = await payload.auth({ headers: webHeaders(req.headers) })
  if (!user) {
    sendError(res, 401, 'Sign in to export submission-level data.')
    return null
  }
  if (!checkRole(user, ['admin'])) {
    sendError(
      res,
      403,
      'Only administrators export submission-level data (one row per respondent and check). Evaluators and editors can download the report as CSV or XLSX (?format=csv or ?format=xlsx), which is aggregated and protected.',
    )
    return null
  }
  const query = parseExportQuery(req.query as Record<string, unknown>)
  if (typeof query === 'string') {
    sendError(res, 400, query)
    return null
  }
  const idOrSlug = String(req.params.idOrSlug)
  const campaign = await loadReportCampaign(payload, idOrSlug)
  if (!campaign) {
    sendError(res, 404, `No campaign has the id or slug "${idOrSlug}".`)
    return null
  }
  let audienceId: string | undefined
  if (query.audience !== undefined) {
    audienceId = [...campaign.audienceSlugs].find(([, slug]) => slug === query.audience)?.[0]
    if (audienceId === undefined) {
      sendError(res, 400, `"audience" "${query.audience}" is not a known audience slug.`)
      return null
    }
  }
  const submissions = await eventStoreFor(payload).readSubmissions({
    campaign: campaign.id,
    ...(audienceId ? { audience: audienceId } : {}),
  })
  const subjects = await loadExportSubjects(payload, campaign, submissions)
  return { audience: query.audience, campaign, subjects, submissions, user }
}

/**
 * The de-identified submission-level export for SPSS, Stata or R, as two CSV downloads (the
 * data, and its codebook: variable, label, type and value labels, as KoboToolbox's exports
 * give). Two files rather than a zip: each reads straight from its URL (R read.csv, Stata import
 * delimited, SPSS GET DATA) with no archive library on either side, and the codebook holds no
 * respondent data. Administrators only; every data export is in the audit log.
 */
export const submissionExportRoutes = (): MountRoutes => (app, payload) => {
  const data: RequestHandler = async (req, res) => {
    const prepared = await prepare(payload, req, res)
    if (!prepared) return
    const { audience, campaign, subjects, submissions, user } = prepared
    const { items, variables } = exportVariables(subjects)
    const rows = submissionRows(submissions, {
      audienceSlugs: campaign.audienceSlugs,
      items,
      pseudonymOf: exportPseudonyms(serverKeysFor(payload).exportPseudonym),
    })
    await recordAuditEvent(await createLocalReq({ user }, payload), {
      action: 'data.exported',
      details: {
        filters: audience ? { audience } : {},
        format: 'csv',
        rows: rows.length,
        what: 'submissions',
      },
      subject: { collection: 'campaigns', id: campaign.id, label: campaign.title },
      summary: `exported ${rows.length} de-identified submissions of “${campaign.title}”`,
    })
    res
      .set('Cache-Control', 'no-store')
      .type('text/csv; charset=utf-8')
      .attachment(`${campaign.slug}-submissions.csv`)
      .send(
        writeCsv(
          rows,
          variables.map((variable) => variable.name),
        ),
      )
  }

  const codebook: RequestHandler = async (req, res) => {
    const prepared = await prepare(payload, req, res)
    if (!prepared) return
    res
      .set('Cache-Control', 'no-store')
      .type('text/csv; charset=utf-8')
      .attachment(`${prepared.campaign.slug}-codebook.csv`)
      .send(writeCsv(codebookRows(exportVariables(prepared.subjects).variables), CODEBOOK_COLUMNS))
  }

  app.get(CODEBOOK_PATH, codebook)
  app.get(SUBMISSIONS_EXPORT_PATH, data)
}
