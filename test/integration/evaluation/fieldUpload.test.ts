import type { Payload } from 'payload'

import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { parse } from 'csv-parse/sync'
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
import { sheetAnswers, sheetRow, uploadCsv, uploadFile, XLSX_TYPE } from '../../helpers/fieldUpload'
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

  it('offers a CSV template per campaign: its item columns, each question in the chosen language, an example row', async () => {
    const response = await fetch(
      `${server.url}/api/events/import/template?campaign=${PHILIPPINES}&locale=tl`,
      { headers: staff },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(response.headers.get('content-disposition')).toContain(
      `field-upload-${PHILIPPINES}-r${check.revision}.csv`,
    )
    const [first, guide, example, ...rest] = parse(await response.text()) as string[][]
    expect(first.join(',')).toBe(header)
    expect(rest).toEqual([])
    const tagalog = await payload.findByID({
      collection: 'assessments',
      id: check.documentId,
      locale: 'tl',
      overrideAccess: true,
    })
    check.items.forEach((item, index) => {
      expect(guide[fixedColumns.length + index]).toContain(tagalog.items[index].question)
    })
    expect(guide[0]).toMatch(/^# /)
    expect(example[0]).toMatch(/^# example/)
    expect(example.slice(1, 9)).toEqual([
      PHILIPPINES,
      'migrant-workers',
      'seminar',
      'tl',
      'pre',
      '2026-03-14',
      'yes',
      String(check.revision),
    ])

    const unknown = await fetch(`${server.url}/api/events/import/template?campaign=nope`, {
      headers: staff,
    })
    expect(unknown.status).toBe(404)
    const badLocale = await fetch(
      `${server.url}/api/events/import/template?campaign=${PHILIPPINES}&locale=xx`,
      { headers: staff },
    )
    expect(badLocale.status).toBe(400)
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
  it('reads an .xlsx workbook made from its template: date cells, serials and text dates, names in any case', async () => {
    const response = await fetch(
      `${server.url}/api/events/import/template?campaign=${PHILIPPINES}&format=xlsx`,
      { headers: staff },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(XLSX_TYPE)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    const sheet = workbook.getWorksheet('Responses')!
    expect((sheet.getRow(1).values as string[]).slice(1).join(',')).toBe(header)
    expect(String(sheet.getRow(3).getCell(1).value)).toMatch(/^# example/)

    // The guide and example rows stay in; four respondents are typed in below them.
    const answers = sheetAnswers(check, 5)
    const fixed = (code: string, date: Date | number | string, phase = 'pre') => [
      code,
      PHILIPPINES,
      'Migrant-Workers',
      'Pre-departure Seminar',
      'Tagalog',
      phase,
      date,
      'Yes',
      check.revision,
      ...answers,
    ]
    sheet.addRow(fixed('XL-0314-001', new Date(Date.UTC(2026, 2, 20))))
    sheet.addRow(fixed('XL-0314-001', 46102, 'post')) // 2026-03-21 as an Excel serial
    sheet.addRow(fixed('XL-0314-002', '20/03/2026'))
    sheet.addRow(fixed('XL-0314-003', '20.03.2026'))
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const file = { bytes, name: 'cebu.xlsx', type: XLSX_TYPE }
    const first = await uploadFile(server.url, staff, file)
    expect(first).toEqual({ body: { duplicates: 0, imported: 4, rejected: [] }, status: 200 })
    const again = await uploadFile(server.url, staff, file)
    expect(again.body).toEqual({ duplicates: 4, imported: 0, rejected: [] })

    // The dates were read as the days they show.
    const { docs } = await payload.find({
      collection: EVENTS_SLUG,
      limit: 0,
      overrideAccess: true,
      where: {
        and: [
          { occurredAt: { greater_than: '2026-03-19T00:00:00.000Z' } },
          { occurredAt: { less_than: '2026-03-22T00:00:00.000Z' } },
        ],
      },
    })
    expect(docs.map((doc) => doc.occurredAt.slice(0, 10)).sort()).toEqual([
      '2026-03-20',
      '2026-03-20',
      '2026-03-20',
      '2026-03-21',
    ])
  })

  it('understands day-first dates and refuses an ambiguous one until the upload states the order', async () => {
    const ambiguous = row('DMY-0304-001', 'pre', 3, { date: '03/04/2026' })
    const csv = [
      header,
      row('DMY-3112-001', 'pre', 3, { channel: 'WORKSHOP', date: '31/12/2025', locale: 'TL' }),
      row('DMY-3112-002', 'pre', 3, {
        channel: 'Workshop',
        date: '31.12.2025',
        locale: 'Filipino',
      }),
      ambiguous,
    ].join('\n')
    const first = await uploadCsv(server.url, staff, csv)
    expect(first.status).toBe(200)
    const result = first.body as FieldUploadResult
    expect(result).toMatchObject({ duplicates: 0, imported: 2 })
    expect(result.rejected).toHaveLength(1)
    expect(result.rejected[0].row).toBe(4)
    expect(result.rejected[0].errors.join()).toMatch(
      /"03\/04\/2026" could be 3 April or 4 March; write it 2026-04-03 or 2026-03-04 \(YYYY-MM-DD\), or say when uploading/,
    )
    const stated = await uploadFile(
      server.url,
      staff,
      { bytes: Buffer.from(csv), name: 'dmy.csv', type: 'text/csv' },
      'day-first',
    )
    expect(stated.body).toEqual({ duplicates: 2, imported: 1, rejected: [] })
    const bad = await fetch(`${server.url}/api/events/import?dates=yesterday`, {
      body: csv,
      headers: { ...staff, 'Content-Type': 'text/csv' },
      method: 'POST',
    })
    expect(bad.status).toBe(400)
    expect(messageOf(await bad.json())).toMatch(/dates must be day-first or month-first/)
  })

  it('hands back exactly the rejected rows with a reason, to fix and upload again without counting anything twice', async () => {
    const good = [row('FIX-0314-001', 'pre', 3), row('FIX-0314-001', 'post', 7)]
    const rejectedRows = [
      row('FIX-0314-002', 'later', 3),
      row('FIX-0314-003', 'pre', 3, { channel: 'carrier-pigeon' }),
    ]
    const csv = [header, good[0], rejectedRows[0], good[1], rejectedRows[1]].join('\n')
    const first = (await uploadCsv(server.url, staff, csv)).body as FieldUploadResult
    expect(first).toMatchObject({ duplicates: 0, imported: 2 })
    expect(first.rejected.map((rejection) => rejection.row)).toEqual([3, 5])

    const [columns, ...rows] = parse(first.rejectedCsv ?? '') as string[][]
    expect(columns).toEqual([...header.split(','), 'reason'])
    expect(rows.map((cells) => cells.slice(0, -1).join(','))).toEqual(rejectedRows)
    expect(rows[0].at(-1)).toMatch(/^row 3: phase: "later"/)
    expect(rows[1].at(-1)).toMatch(/^row 5: channel: "carrier-pigeon"/)

    // Fixed in the file that came back (its reason column left in) and uploaded again.
    const fixed = [columns, ...rows]
      .map((cells) =>
        cells.map((cell) =>
          cell === 'later' ? 'post' : cell === 'carrier-pigeon' ? 'radio' : cell,
        ),
      )
      .map((cells) =>
        cells.map((cell) => (/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','),
      )
      .join('\n')
    const second = await uploadCsv(server.url, staff, fixed)
    expect(second.body).toEqual({ duplicates: 0, imported: 2, rejected: [] })
    const third = await uploadCsv(server.url, staff, fixed)
    expect(third.body).toEqual({ duplicates: 2, imported: 0, rejected: [] })
    const original = (await uploadCsv(server.url, staff, csv)).body as FieldUploadResult
    expect(original).toMatchObject({ duplicates: 2, imported: 0 })
  })

  it('treats a workbook as hostile: formulas are never calculated, bombs and impostors are refused with a 400', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Sheet1')
    sheet.addRow(header.split(','))
    const cells = row('FORMULA-001', 'pre', 3).split(',')
    sheet.addRow([...cells.slice(0, 8), { formula: '1+1', result: 2 }, ...cells.slice(9)])
    sheet.addRow(row('FORMULA-002', 'pre', 3).split(','))
    const withFormula = new Uint8Array(await workbook.xlsx.writeBuffer())
    const formula = await uploadFile(server.url, staff, {
      bytes: withFormula,
      name: 'formula.xlsx',
      type: XLSX_TYPE,
    })
    expect(formula.status).toBe(200)
    const result = formula.body as FieldUploadResult
    expect(result.imported).toBe(1)
    expect(result.rejected).toHaveLength(1)
    expect(result.rejected[0]).toMatchObject({ row: 2 })
    expect(result.rejected[0].errors.join()).toMatch(
      /revision: the cell holds a formula, and uploads are never calculated/,
    )

    // A zip bomb: a few hundred kilobytes that inflate to 48 MB.
    const bomb = new JSZip()
    bomb.file('[Content_Types].xml', '<Types/>')
    bomb.file('xl/workbook.xml', '<workbook/>')
    bomb.file('xl/worksheets/sheet1.xml', Buffer.alloc(48 * 1024 * 1024, 0x20))
    const bombBytes = await bomb.generateAsync({
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
      type: 'uint8array',
    })
    expect(bombBytes.length).toBeLessThan(1024 * 1024)
    const notAWorkbookZip = new JSZip()
    notAWorkbookZip.file('word/document.xml', '<document/>')
    const docx = await notAWorkbookZip.generateAsync({ type: 'uint8array' })
    const cases: [string, Uint8Array, RegExp][] = [
      ['bomb.xlsx', bombBytes, /unpacks to more than 40 MB/],
      ['letter.xlsx', docx, /not an Excel workbook/],
      [
        'renamed.xlsx',
        Buffer.from(`${header}\n`),
        /named or sent as an Excel workbook \(\.xlsx\) but is not one/,
      ],
      [
        'old.xls',
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        /old Excel workbook \(\.xls\)/,
      ],
      [
        'photo.csv',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
        /not text/,
      ],
      [
        'broken.xlsx',
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]),
        /not an Excel workbook/,
      ],
    ]
    for (const [name, bytes, message] of cases) {
      const type = name.endsWith('.csv') ? 'text/csv' : XLSX_TYPE
      const answer = await uploadFile(server.url, staff, { bytes, name, type })
      expect({ name, status: answer.status }).toEqual({ name, status: 400 })
      expect(messageOf(answer.body)).toMatch(message)
    }
  })

  it('prints the knowledge check per language, right to left in Arabic, with a box for the respondent code', async () => {
    const response = await fetch(
      `${server.url}/api/events/import/paper?campaign=${PHILIPPINES}&locale=ar`,
      { headers: staff },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
    const html = await response.text()
    expect(html).toMatch(/<html lang="ar" dir="rtl">/)
    expect(html).toContain('data-box="respondent"')
    expect(html.match(/class="sheet__item"/g)).toHaveLength(check.items.length)
    const anonymous = await fetch(`${server.url}/api/events/import/paper?campaign=${PHILIPPINES}`)
    expect(anonymous.status).toBe(401)
  })
})
