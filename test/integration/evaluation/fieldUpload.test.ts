import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { FieldUploadResult } from '../../../src/evaluation/fieldUpload/importFieldUpload'
import type { CampaignReport } from '../../../src/evaluation/reports/figureTypes'
import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'

import { EVENTS_SLUG, SUBMISSIONS_SLUG } from '../../../src/evaluation/collections/slugs'
import { fixedColumns } from '../../../src/evaluation/fieldUpload/columns'
import { fieldEventId } from '../../../src/evaluation/fieldUpload/fieldEventId'
import { nameBasedUuid } from '../../../src/evaluation/ids/nameBasedUuid'
import { serverKeysFor } from '../../../src/evaluation/ids/serverKeys'
import { createPartner, signInAs } from '../../helpers/accounts'
import { type BundledIds, importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { messageOf } from '../../helpers/delivery'
import { anEvent, type KnowledgeCheck, knowledgeCheckOf, sendBatch } from '../../helpers/evaluation'
import { sheetAnswers, sheetRow, uploadCsv } from '../../helpers/fieldUpload'
import { useDeploymentK } from '../../helpers/deploymentK'
import { startTestServer } from '../../helpers/testServer'

const PHILIPPINES = 'philippines-pre-departure'
const RESPONDENTS = 12

describe('field upload, POST /api/events/import', () => {
  useDeploymentK(5)
  let server: RunningServer
  let payload: Payload
  let ids: BundledIds
  let staff: Headers
  let check: KnowledgeCheck
  let header: string

  const row = (respondent: string, phase: string, right: number, overrides = {}) =>
    sheetRow(
      {
        audience: 'migrant-workers',
        campaign: PHILIPPINES,
        channel: 'seminar',
        consent: 'yes',
        date: phase === 'pre' ? '2026-03-14' : '2026-03-15',
        locale: 'tl',
        phase,
        respondent,
        revision: check.revision,
        ...overrides,
      },
      sheetAnswers(check, right),
    )

  /** Twelve people, pre and post: pre i + 2 items right, post i + 5 (capped), so all gain. */
  const session = () =>
    Array.from({ length: RESPONDENTS }, (_, i) => [
      row(`MNL-0314-${100 + i}`, 'pre', 2 + (i % 5)),
      row(`MNL-0314-${100 + i}`, 'post', Math.min(check.items.length, 5 + (i % 5))),
    ]).flat()

  const report = async (): Promise<CampaignReport> => {
    const response = await fetch(`${server.url}/api/reports/campaigns/${PHILIPPINES}?k=5`, {
      headers: staff,
    })
    expect(response.status).toBe(200)
    return (await response.json()) as CampaignReport
  }

  beforeAll(async () => {
    server = await startTestServer()
    payload = server.payload
    ids = await importBundledCampaigns(payload)
    staff = (await signInAs(payload, server.url, 'evaluator')).headers
    check = await knowledgeCheckOf(payload, PHILIPPINES)
    header = [...fixedColumns, ...check.items.map((item) => item.key)].join(',')
  })
  afterAll(async () => {
    await server?.close()
  })

  it('offers a CSV template per campaign, with one column per item of its check', async () => {
    const response = await fetch(
      `${server.url}/api/events/import/template?campaign=${PHILIPPINES}`,
      { headers: staff },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(response.headers.get('content-disposition')).toContain(
      `field-upload-${PHILIPPINES}-r${check.revision}.csv`,
    )
    expect((await response.text()).trim()).toBe(header)

    const unknown = await fetch(`${server.url}/api/events/import/template?campaign=nope`, {
      headers: staff,
    })
    expect(unknown.status).toBe(404)
  })

  it('imports the good rows, reports each bad row by number, and counts nothing twice', async () => {
    const bad = [
      row('MNL-0314-900', 'during', 3),
      row('Juan dela Cruz', 'pre', 3),
      row('MNL-0314-901', 'pre', 3, { audience: 'tourists' }),
      row('MNL-0314-902', 'pre', 3, { date: '2026-02-30' }),
    ]
    const csv = [header, ...session(), ...bad].join('\n')
    const first = await uploadCsv(server.url, staff, csv)
    expect(first.status).toBe(200)
    const result = first.body as FieldUploadResult
    expect(result.imported).toBe(2 * RESPONDENTS)
    expect(result.duplicates).toBe(0)
    const firstBadRow = 2 + 2 * RESPONDENTS
    expect(result.rejected.map((rejection) => rejection.row)).toEqual([
      firstBadRow,
      firstBadRow + 1,
      firstBadRow + 2,
      firstBadRow + 3,
    ])
    expect(result.rejected[0].errors.join()).toMatch(/phase: "during"/)
    expect(result.rejected[1].errors.join()).toMatch(/not a respondent code/)
    expect(result.rejected[2].errors.join()).toMatch(/"tourists" is not an audience/)
    expect(result.rejected[3].errors.join()).toMatch(/date: "2026-02-30"/)

    const before = await report()
    const row0 = before.total
    expect(row0.suppressed).toBe(false)
    if (row0.suppressed) return
    expect(row0.knowledge.paired).toMatchObject({ n: RESPONDENTS })

    // The same file again, sent as the admin's form sends it: every good row is a duplicate.
    const again = await uploadCsv(server.url, staff, csv, 'multipart')
    expect(again.status).toBe(200)
    expect(again.body).toEqual({ ...result, duplicates: 2 * RESPONDENTS, imported: 0 })

    const after = await report()
    expect(after.total).toEqual(before.total)
  })

  it('scores uploaded answers against the answer key, as the report shows', async () => {
    const { total } = await report()
    if (total.suppressed) throw new Error('the total should not be suppressed')
    const items = check.items.length
    const preScores = Array.from({ length: RESPONDENTS }, (_, i) => (2 + (i % 5)) / items)
    const postScores = Array.from(
      { length: RESPONDENTS },
      (_, i) => Math.min(items, 5 + (i % 5)) / items,
    )
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
    const pre = total.knowledge.pre
    const post = total.knowledge.post
    if ('suppressed' in pre || 'suppressed' in post) throw new Error('pre and post are shown')
    expect(pre.mean).toBeCloseTo(mean(preScores), 10)
    expect(post.mean).toBeCloseTo(mean(postScores), 10)
  })

  it('keeps someone who did not consent as reach only, without answers', async () => {
    const csv = [header, row('MNL-0314-950', 'pre', 4, { consent: 'no' })].join('\n')
    const { body, status } = await uploadCsv(server.url, staff, csv)
    expect(status).toBe(200)
    expect(body).toEqual({ duplicates: 0, imported: 1, rejected: [] })
  })

  it('lets a partner key upload for its own audiences only', async () => {
    const migrants = await createPartner(payload, {
      allowedAudiences: [ids.audiences['migrant-workers'] as number],
    })
    const tourists = await createPartner(payload, {
      allowedAudiences: [ids.audiences.tourists as number],
    })
    const csv = [header, row('MNL-0401-001', 'pre', 3)].join('\n')
    const own = await uploadCsv(server.url, migrants.headers, csv)
    expect(own.body).toEqual({ duplicates: 0, imported: 1, rejected: [] })
    const other = await uploadCsv(server.url, tourists.headers, csv)
    expect(other.status).toBe(200)
    expect(other.body).toMatchObject({ imported: 0, rejected: [{ row: 2 }] })
    const [refusal] = (other.body as FieldUploadResult).rejected
    expect(refusal.errors.join()).toMatch(/no campaign "philippines-pre-departure"/)
  })

  it('is not pre-empted by a partner sending a paper row’s id first, and stores no paper code', async () => {
    const code = 'MNL-0601-007'
    const identity = {
      assessment: check.id,
      campaign: String(ids.campaigns[PHILIPPINES]),
      phase: 'pre',
      respondent: code,
      type: 'assessment' as const,
    }
    // Whoever knew the row's id (here the test, which holds the server secret) and sent it first
    // through a partner key made the row a "duplicate" when ids were global.
    const rowId = fieldEventId(serverKeysFor(payload).fieldUploadId, identity)
    const partner = await createPartner(payload, {
      allowedAudiences: [ids.audiences['migrant-workers'] as number],
    })
    const first = await sendBatch(server.url, partner.headers, [
      anEvent({ audience: 'migrant-workers', campaign: PHILIPPINES, id: rowId, locale: 'tl' }),
    ])
    expect(first).toMatchObject({ accepted: 1, rejected: [] })
    const upload = await uploadCsv(server.url, staff, [header, row(code, 'pre', 3)].join('\n'))
    expect(upload.body).toEqual({ duplicates: 0, imported: 1, rejected: [] })

    // Nothing stored reveals the code, nor an id computable from public facts.
    const publicId = nameBasedUuid(
      'a3f1c7e2-5b8d-4f6a-9c2e-7d1b0e4a6f38',
      JSON.stringify(['assessment', identity.campaign, code, 'pre', identity.assessment]),
    )
    for (const collection of [EVENTS_SLUG, SUBMISSIONS_SLUG] as const) {
      const { docs } = await payload.find({ collection, limit: 0, overrideAccess: true })
      const stored = JSON.stringify(docs)
      expect(stored).not.toContain(code)
      expect(stored).not.toContain(publicId)
    }
  })

  it('reads multipart bodies with a browser-style, mixed-case boundary', async () => {
    const boundary = '----WebKitFormBoundaryQx7PmZ2aLk'
    const csv = [header, row('MNL-0501-001', 'pre', 3)].join('\r\n')
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="session.csv"',
      'Content-Type: text/csv',
      '',
      csv,
      `--${boundary}--`,
      '',
    ].join('\r\n')
    const response = await fetch(`${server.url}/api/events/import`, {
      body,
      headers: { ...staff, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      method: 'POST',
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ duplicates: 0, imported: 1, rejected: [] })
  })

  it('imports more rows than fit in one ingestion batch', async () => {
    const rows = Array.from({ length: 620 }, (_, i) => row(`BULK-${1000 + i}`, 'pre', i % 8))
    const { body } = await uploadCsv(server.url, staff, [header, ...rows].join('\n'))
    expect(body).toEqual({ duplicates: 0, imported: 620, rejected: [] })
  })

  it('refuses what it cannot read, saying why', async () => {
    const anonymous = await uploadCsv(server.url, {}, `${header}\n`)
    expect(anonymous.status).toBe(401)

    const json = await fetch(`${server.url}/api/events/import`, {
      body: '{}',
      headers: { ...staff, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(json.status).toBe(415)
    expect(messageOf(await json.json())).toMatch(/text\/csv/)

    const headerless = await uploadCsv(server.url, staff, 'respondent,campaign\nA-1,x\n')
    expect(headerless.status).toBe(400)
    expect(messageOf(headerless.body)).toMatch(/missing: audience, channel/)

    const huge = await uploadCsv(server.url, staff, `${header}\n${'x,'.repeat(3_000_000)}\n`)
    expect(huge.status).toBe(413)
  })
})
