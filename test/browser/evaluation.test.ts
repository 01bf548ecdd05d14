import type { Browser, Page } from 'playwright-core'

import ExcelJS from 'exceljs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { PDFParse } from 'pdf-parse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CampaignReport, ComparedFigure } from '../../src/evaluation/reports/figureTypes'
import type { RunningServer } from '../../src/server/startServer'

import { changeSentence, reachSentence } from '../../src/evaluation/admin/overview/plainWords'
import { fixedColumns } from '../../src/evaluation/fieldUpload/columns'
import { PASSWORD } from '../helpers/accounts'
import { launchChromium, SCREENSHOTS } from '../helpers/browser'
import { type BundledIds, importBundledCampaigns } from '../helpers/bundledCampaigns'
import { type KnowledgeCheck, knowledgeCheckOf } from '../helpers/evaluation'
import { sheetAnswers, sheetRow } from '../helpers/fieldUpload'
import { seedPopulation } from '../helpers/seedPopulation'
import { startTestServer } from '../helpers/testServer'

const PHILIPPINES = 'philippines-pre-departure'
const EVALUATOR = 'evaluator@example.org'

describe('the evaluation pages of the admin, in Chromium', () => {
  let server: RunningServer
  let chromium: Awaited<ReturnType<typeof launchChromium>>
  let browser: Browser
  let page: Page
  let ids: BundledIds
  let check: KnowledgeCheck
  const pageErrors: string[] = []

  /**
   * A GET with the page's session, as the browser makes it when it follows a link on the page.
   * Playwright's request client sends no fetch metadata of its own, and Payload (with its csrf
   * list set) ignores a session cookie that comes without them, as it would a forged request's.
   */
  const sameOriginGet = (path: string) =>
    page.request.get(`${server.url}${path}`, { headers: { 'Sec-Fetch-Site': 'same-origin' } })

  /** The report as the API gives it, to compare with what the page shows. */
  const apiReport = async (query = ''): Promise<CampaignReport> => {
    const response = await sameOriginGet(`/api/reports/campaigns/${PHILIPPINES}${query}`)
    expect(response.status()).toBe(200)
    return (await response.json()) as CampaignReport
  }

  beforeAll(async () => {
    server = await startTestServer({ admin: 'production' })
    ids = await importBundledCampaigns(server.payload)
    check = await knowledgeCheckOf(server.payload, PHILIPPINES)
    await server.payload.create({
      collection: 'users',
      data: { email: 'admin@example.org', password: PASSWORD, role: 'admin' },
    })
    await server.payload.create({
      collection: 'users',
      data: { email: EVALUATOR, password: PASSWORD, role: 'evaluator' },
    })
    chromium = await launchChromium()
    browser = chromium.browser
    // Wider than Payload's large breakpoint (1440 px), where the navigation is an open sidebar.
    page = await browser.newPage({ viewport: { height: 1000, width: 1600 } })
    page.on('pageerror', (error) => pageErrors.push(error.message))
  })
  afterAll(async () => {
    await chromium?.close()
    await server?.close()
  })

  it('lets an evaluator sign in and find both pages in the navigation', async () => {
    await page.goto(`${server.url}/admin/reports`)
    await page.waitForURL(/\/admin\/login/)
    await page.getByLabel('Email').fill(EVALUATOR)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Login' }).click()
    await page.waitForURL(`${server.url}/admin/reports`)
    await expect.poll(() => page.getByRole('heading', { name: 'Reports' }).count()).toBe(1)
    const nav = page.locator('nav')
    await expect.poll(() => nav.getByRole('link', { name: 'Field upload' }).count()).toBe(1)
    await expect.poll(() => nav.getByRole('link', { name: 'Reports' }).count()).toBe(1)
  })

  it('shows the empty state while a campaign has no data', async () => {
    await page.locator(`[data-campaign="${PHILIPPINES}"] h2 a`).click()
    await page.waitForURL(`${server.url}/admin/reports?campaign=${PHILIPPINES}`)
    await page.getByLabel('Campaign', { exact: true }).selectOption(PHILIPPINES)
    const empty = page.locator('[data-state="empty"]')
    await empty.waitFor({ state: 'visible' })
    expect(await empty.innerText()).toMatch(/No figures yet/)
    // Words for a real deployment, not a developer command.
    expect(await empty.innerText()).toMatch(/partner sites and the widget send events/)
    expect(await empty.innerText()).not.toMatch(/npm run/)
    expect(await empty.getByRole('link', { name: 'Field upload' }).count()).toBe(1)
  })

  it('uploads a paper session and shows every rejected row with its reason', async () => {
    await page.locator('nav').getByRole('link', { name: 'Field upload' }).click()
    await page.waitForURL(`${server.url}/admin/field-upload`)
    await page.getByLabel('Campaign', { exact: true }).selectOption(PHILIPPINES)
    const template = page.getByRole('link', { name: 'Download the CSV template' })
    const download = await sameOriginGet(String(await template.getAttribute('href')))
    const [header, guide, example] = (await download.text()).split('\r\n')
    expect(header).toBe([...fixedColumns, ...check.items.map((item) => item.key)].join(','))
    expect(guide).toMatch(/^"?# what to write/)
    expect(example).toMatch(/^# example/)

    const fixed = {
      audience: 'migrant-workers',
      campaign: PHILIPPINES,
      channel: 'seminar',
      consent: 'yes',
      date: '2026-03-14',
      locale: 'tl',
      phase: 'pre',
      revision: check.revision,
    }
    const csv = [
      header,
      sheetRow({ ...fixed, respondent: 'CEB-0314-001' }, sheetAnswers(check, 4)),
      sheetRow({ ...fixed, phase: 'post', respondent: 'CEB-0314-001' }, sheetAnswers(check, 9)),
      sheetRow({ ...fixed, phase: 'later', respondent: 'CEB-0314-002' }, sheetAnswers(check, 5)),
      sheetRow({ ...fixed, respondent: 'CEB-0314-003' }, ['z', ...sheetAnswers(check, 5).slice(1)]),
    ].join('\n')
    await page.getByLabel('CSV or Excel file').setInputFiles({
      buffer: Buffer.from(csv),
      mimeType: 'text/csv',
      name: 'cebu-session.csv',
    })
    await page.getByRole('button', { name: 'Upload' }).click()
    const report = page.getByRole('region', { name: 'Upload report' })
    await report.waitFor({ state: 'visible' })
    expect(await report.getByTestId('imported').innerText()).toMatch(/^2 imported/)
    expect(await report.getByTestId('rejected').innerText()).toMatch(/^2 rejected/)
    const rows = await report.locator('tbody tr').allInnerTexts()
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatch(/^4\s+phase: "later" is not pre, post or followup/)
    expect(rows[1]).toMatch(new RegExp(`^5\\s+${check.items[0].key}: "z" is not a choice`))
    const rejectedRows = report.getByRole('link', { name: 'download the rejected rows' })
    const [saved] = await Promise.all([page.waitForEvent('download'), rejectedRows.click()])
    const rejectedCsv = await readFile(String(await saved.path()), 'utf8')
    expect(rejectedCsv.split('\r\n')[0]).toBe(`${header},reason`)
    expect(rejectedCsv).toContain('CEB-0314-002')
    expect(rejectedCsv).not.toContain('CEB-0314-001')
    await page.screenshot({ fullPage: true, path: path.join(SCREENSHOTS, 'field-upload.png') })

    // The same file again: nothing new, and the admin says so.
    await page.getByRole('button', { name: 'Upload' }).click()
    await expect
      .poll(() => report.getByTestId('duplicates').innerText())
      .toMatch(/^2 already uploaded/)
    expect(await report.getByTestId('imported').innerText()).toMatch(/^0 imported/)
  })

  it('prints the paper version of the knowledge check in Arabic, right to left', async () => {
    await page.getByLabel('Language of the sheets').selectOption('ar')
    const link = page.getByRole('link', { name: 'Print the paper version of the knowledge check' })
    const [sheet] = await Promise.all([page.waitForEvent('popup'), link.click()])
    await sheet.waitForLoadState()
    expect(await sheet.locator('html').getAttribute('dir')).toBe('rtl')
    expect(await sheet.locator('html').getAttribute('lang')).toBe('ar')
    expect(
      await sheet.locator('.sheet__items').evaluate((list) => getComputedStyle(list).direction),
    ).toBe('rtl')
    const arabic = await server.payload.findByID({
      collection: 'assessments',
      id: check.documentId,
      locale: 'ar',
      overrideAccess: true,
    })
    const words = (text: string) => text.replace(/\s+/g, ' ').trim()
    const questions = await sheet.locator('.sheet__question').allInnerTexts()
    expect(questions.map(words)).toEqual(arabic.items.map((item) => words(item.question)))
    const first = sheet.locator('.sheet__item').first()
    expect(await first.locator('.tick').count()).toBe(arabic.items[0].choices.length)
    const code = sheet.locator('[data-box="respondent"]')
    expect(await code.isVisible()).toBe(true)
    // The title leads the header, on the right in Arabic; the respondent-code box ends it, on the left.
    const box = await sheet.locator('.sheet__code').boundingBox()
    const title = await sheet.locator('.sheet__head h1').boundingBox()
    expect(box && title && box.x < title.x).toBe(true)
    await sheet.screenshot({ fullPage: true, path: path.join(SCREENSHOTS, 'paper-sheet-ar.png') })
    await sheet.emulateMedia({ media: 'print' })
    expect(await sheet.locator('.screen-only').isVisible()).toBe(false)
    await sheet.close()
  })

  it('shows the figures of a seeded population, suppressed cells as such, and exports', async () => {
    await seedPopulation(server.payload, server.url, ids, { respondents: 1500, seed: 'browser' })
    await page.getByRole('link', { name: 'Reports' }).click()
    await page.waitForURL(`${server.url}/admin/reports`)
    await page.locator(`[data-campaign="${PHILIPPINES}"] h2 a`).click()
    await page.waitForURL(`${server.url}/admin/reports?campaign=${PHILIPPINES}`)
    await page.getByLabel('Campaign', { exact: true }).selectOption(PHILIPPINES)

    const expected = await apiReport()
    const row = expected.audiences.find((audience) => audience.audience === 'migrant-workers')
    if (!row || row.suppressed) throw new Error('the seeded audience should not be suppressed')
    const section = page.locator('[data-audience="migrant-workers"]')
    await section.waitFor({ state: 'visible' })
    expect(await section.locator('[data-figure="reached"]').innerText()).toContain(
      row.reach.reached.toLocaleString('en'),
    )
    expect(await section.locator('[data-figure="impressions"]').innerText()).toBe(
      row.reach.impressions.toLocaleString('en'),
    )
    const paired = row.knowledge.paired
    if ('suppressed' in paired) throw new Error('paired change should be shown')
    // Plain words lead; the statistics wait behind "details" until asked for.
    expect(await section.locator('[data-figure="knowledge-sentence"]').innerText()).toBe(
      changeSentence(row.knowledge, expected.k),
    )
    expect(await section.locator('[data-figure="reach-sentence"]').innerText()).toBe(
      reachSentence(row.reach),
    )
    const details = section.locator('[data-details="statistics"]')
    expect(await details.getAttribute('open')).toBeNull()
    expect(await section.locator('[data-figure="paired-change"]').isVisible()).toBe(false)
    await details.locator('summary').click()
    await expect.poll(() => section.locator('[data-figure="paired-change"]').isVisible()).toBe(true)
    expect(await details.innerText()).toMatch(/t\(\d+\) = .*d\s*z\s*=/s)
    const shownChange = await section.locator('[data-figure="paired-change"]').innerText()
    expect(shownChange).toBe(`+${((paired.meanDiff ?? 0) * 100).toFixed(1)} points`)
    // The effect sizes carry their intervals, as the API gives them.
    const [dzLow, dzHigh] = paired.dzCi.map((bound) => (bound ?? Number.NaN).toFixed(2))
    expect(await section.locator('[data-figure="dz-ci"]').innerText()).toBe(
      `(95 % CI ${dzLow} to ${dzHigh})`,
    )
    await section.getByText('How the intervals are computed').click()
    await expect
      .poll(() =>
        section
          .getByText(/noncentral t/)
          .first()
          .isVisible(),
      )
      .toBe(true)
    expect(await section.getByRole('img', { name: /Mean score before and after/ }).count()).toBe(1)
    await page.screenshot({ fullPage: true, path: path.join(SCREENSHOTS, 'reports.png') })
    for (const width of [1280, 360]) {
      await page.setViewportSize({ height: 900, width })
      await page.screenshot({
        fullPage: true,
        path: path.join(SCREENSHOTS, `reports-${width}.png`),
      })
    }
    await page.setViewportSize({ height: 1000, width: 1600 })

    // Reach over time: a table row per week, the figures the API gives for the same filters.
    const weekly = await apiReport('?interval=week')
    const seriesRows = page.locator('[data-series="week"] tbody tr')
    await expect.poll(() => seriesRows.count()).toBe(weekly.series?.length)
    for (const point of weekly.series ?? []) {
      const cell = page.locator(`[data-series="week"] tr[data-start="${point.start}"]`)
      expect(await cell.innerText()).toMatch(
        point.suppressed ? /hidden/ : new RegExp(point.reached.toLocaleString('en')),
      )
    }
    // A preset sets the period, and every filter is in the address.
    await page.getByRole('button', { name: 'Last 90 days' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-/)
    expect(new URL(page.url()).searchParams.get('campaign')).toBe(PHILIPPINES)
    await page.getByRole('button', { name: 'Whole campaign' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBeNull()

    // Arabic is the smallest language of this campaign: few enough people for suppression.
    await page.getByLabel('Language').selectOption('ar')
    const arabic = await apiReport('?locale=ar')
    const suppressedAnywhere =
      arabic.total.suppressed ||
      arabic.audiences.some((audience) => audience.suppressed) ||
      (!arabic.total.suppressed && arabic.total.knowledge.suppressed.length > 0)
    expect(suppressedAnywhere).toBe(true)
    await expect.poll(() => page.getByText(/suppressed|No figures yet/i).count()).toBeGreaterThan(0)

    const csvLink = page.getByRole('link', { name: 'CSV' })
    const href = await csvLink.getAttribute('href')
    expect(href).toBe(`/api/reports/campaigns/${PHILIPPINES}?locale=ar&format=csv`)
    const exported = await sameOriginGet(String(href))
    expect(exported.headers()['content-type']).toMatch(/^text\/csv/)

    // The workbook carries the view's filters; read back, it holds the report's figures.
    const workbookLink = page.getByRole('link', { name: 'Excel workbook' })
    expect(await workbookLink.getAttribute('href')).toBe(
      `/api/reports/campaigns/${PHILIPPINES}?locale=ar&format=xlsx`,
    )
    const [download] = await Promise.all([page.waitForEvent('download'), workbookLink.click()])
    expect(download.suggestedFilename()).toBe(`${PHILIPPINES}-report.xlsx`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(await download.path())
    const sheet = workbook.getWorksheet('Report')!
    const headers = (sheet.getRow(1).values as unknown[]).slice(1)
    const cellOf = (row: number, header: string) =>
      sheet.getRow(row).getCell(headers.indexOf(header) + 1).value
    const rows = [...arabic.audiences, arabic.total]
    expect(sheet.rowCount).toBe(rows.length + 1)
    rows.forEach((expectedRow, index) => {
      expect(cellOf(index + 2, 'Audience')).toBe(expectedRow.audience ?? 'total')
      expect(cellOf(index + 2, 'People reached')).toBe(
        expectedRow.suppressed ? 'suppressed' : expectedRow.reach.reached,
      )
      expect(cellOf(index + 2, 'Impressions')).toBe(
        expectedRow.suppressed ? 'suppressed' : expectedRow.reach.impressions,
      )
    })
    expect(workbook.getWorksheet('About')!.getColumn(2).values).toContain('ar')
    expect(pageErrors).toEqual([])
  })

  it('links the donor summary with the view’s filters; it prints on one or two pages', async () => {
    const pagesOf = async (bytes: Uint8Array) => {
      const parser = new PDFParse({ data: bytes })
      try {
        return (await parser.getInfo()).total
      } finally {
        await parser.destroy()
      }
    }
    await page.goto(`${server.url}/admin/reports?campaign=${PHILIPPINES}&audience=migrant-workers`)
    const summaryLink = page.getByRole('link', { name: 'printable page' })
    await summaryLink.waitFor({ state: 'visible' })
    const query = 'audience=migrant-workers'
    expect(await summaryLink.getAttribute('href')).toBe(
      `/api/reports/campaigns/${PHILIPPINES}/summary?${query}`,
    )
    const pdfHref = await page.getByRole('link', { exact: true, name: 'PDF' }).getAttribute('href')
    expect(pdfHref).toBe(`/api/reports/campaigns/${PHILIPPINES}/summary?${query}&format=pdf`)

    const expected = await apiReport(`?${query}`)
    const row = expected.audiences[0]
    if (!row || row.suppressed) throw new Error('the seeded audience should not be suppressed')
    const [summary] = await Promise.all([page.waitForEvent('popup'), summaryLink.click()])
    const summaryErrors: string[] = []
    summary.on('console', (message) => {
      if (message.type() === 'error') summaryErrors.push(message.text())
    })
    await summary.waitForLoadState('load')
    const section = summary.getByRole('region', { name: 'Migrant workers' })
    await section.waitFor({ state: 'visible' })
    expect(await section.innerText()).toContain(reachSentence(row.reach))
    expect(await section.innerText()).toContain(changeSentence(row.knowledge, expected.k))
    expect(await summary.getByRole('heading', { level: 1 }).innerText()).toBe(
      expected.campaign.title,
    )
    // Its one stylesheet applied (the page's policy allows it by hash): a white sheet on grey.
    expect(await summary.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(238, 240, 242)',
    )
    expect(await summary.locator('nav, script').count()).toBe(0)
    for (const width of [1280, 360]) {
      await summary.setViewportSize({ height: 900, width })
      await summary.screenshot({
        fullPage: true,
        path: path.join(SCREENSHOTS, `summary-${width}.png`),
      })
    }
    const printed = await summary.pdf({ format: 'A4', printBackground: true })
    expect(await pagesOf(printed)).toBeGreaterThanOrEqual(1)
    expect(await pagesOf(printed)).toBeLessThanOrEqual(2)
    expect(summaryErrors).toEqual([])
    await summary.close()

    const drawn = await sameOriginGet(String(pdfHref))
    expect(drawn.status()).toBe(200)
    expect(drawn.headers()['content-type']).toBe('application/pdf')
    const pages = await pagesOf(new Uint8Array(await drawn.body()))
    expect(pages).toBeGreaterThanOrEqual(1)
    expect(pages).toBeLessThanOrEqual(2)
    expect(pageErrors).toEqual([])
  })

  it('sets a comparison period beside the period, in the address, with the API’s figures', async () => {
    await page.goto(`${server.url}/admin/reports?campaign=${PHILIPPINES}`)
    const compare = page.locator('.aware-compare')
    await compare.waitFor({ state: 'visible' })
    // Without a period there is nothing to compare with.
    const previous = compare.getByRole('button', { name: 'Previous period' })
    expect(await previous.isDisabled()).toBe(true)
    await page.getByRole('button', { name: 'Last 30 days' }).click()
    await previous.click()
    await expect.poll(() => new URL(page.url()).searchParams.get('compareFrom')).toMatch(/^\d{4}-/)
    const address = new URL(page.url()).searchParams
    const query = ['from', 'to', 'compareFrom', 'compareTo']
      .map((name) => `${name}=${address.get(name)}`)
      .join('&')
    const expected = await apiReport(`?${query}`)
    const comparison = expected.comparison!
    // The previous period ends the day before the period's first (whole) week.
    expect(comparison.to < expected.filters.from).toBe(true)
    const shown = (figure: ComparedFigure, change: boolean) => {
      if (typeof figure === 'object' && figure !== null) return 'hidden'
      if (figure === null) return '–'
      const sign = change ? (figure > 0 ? '+' : figure < 0 ? '−' : '±') : ''
      return `${sign}${Math.abs(figure).toLocaleString('en')}`
    }
    const checkTables = async () => {
      const tables = page.locator('.aware-comparison table')
      await expect.poll(() => tables.count()).toBeGreaterThan(0)
      for (const table of await tables.all()) {
        const audience = String(await table.getAttribute('data-compared'))
        const row = comparison.rows.find((entry) => (entry.audience ?? 'total') === audience)!
        for (const measure of ['reached', 'impressions', 'assessmentsCompleted'] as const) {
          const figures = row.measures[measure]
          const cells = table.locator(`tr[data-measure="${measure}"] td`)
          expect(await cells.allInnerTexts(), `${audience} ${measure}`).toEqual([
            shown(figures.period, false),
            shown(figures.comparison, false),
            shown(figures.change, true),
          ])
        }
      }
    }
    await checkTables()
    await page.locator('.aware-comparison').screenshot({
      path: path.join(SCREENSHOTS, 'reports-comparison.png'),
    })
    // The comparison is in the address: reopened, the view shows it again.
    await page.goto(page.url())
    await checkTables()
    await compare.getByRole('button', { name: 'Same period last year' }).click()
    await expect
      .poll(() => new URL(page.url()).searchParams.get('compareFrom'))
      .toBe(`${Number(address.get('from')!.slice(0, 4)) - 1}${address.get('from')!.slice(4)}`)
    await compare.getByRole('button', { name: 'No comparison' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('compareFrom')).toBeNull()
    await expect.poll(() => page.locator('.aware-comparison').count()).toBe(0)
    expect(pageErrors).toEqual([])
  })

  it('links the de-identified submission export to administrators only, by audience', async () => {
    // An evaluator would get a 403: no link to it.
    await page.goto(`${server.url}/admin/reports?campaign=${PHILIPPINES}&audience=migrant-workers`)
    await page.getByRole('link', { name: 'Excel workbook' }).waitFor({ state: 'visible' })
    expect(await page.locator('[data-export="submissions"]').count()).toBe(0)
    const denied = await sameOriginGet(`/api/reports/campaigns/${PHILIPPINES}/submissions`)
    expect(denied.status()).toBe(403)

    const context = await browser.newContext({ viewport: { height: 1000, width: 1600 } })
    try {
      const admin = await context.newPage()
      admin.on('pageerror', (error) => pageErrors.push(error.message))
      await admin.goto(`${server.url}/admin/login`)
      await admin.getByLabel('Email').fill('admin@example.org')
      await admin.getByLabel('Password').fill(PASSWORD)
      await admin.getByRole('button', { name: 'Login' }).click()
      await admin.waitForURL((url) => !url.pathname.endsWith('/login'))
      await admin.goto(
        `${server.url}/admin/reports?campaign=${PHILIPPINES}&audience=migrant-workers`,
      )
      const data = admin.getByRole('link', { name: 'data (CSV)' })
      await data.waitFor({ state: 'visible' })
      expect(await data.getAttribute('href')).toBe(
        `/api/reports/campaigns/${PHILIPPINES}/submissions?audience=migrant-workers`,
      )
      const codebook = admin.getByRole('link', { name: 'codebook (CSV)' })
      expect(await codebook.getAttribute('href')).toBe(
        `/api/reports/campaigns/${PHILIPPINES}/submissions/codebook?audience=migrant-workers`,
      )
      for (const [link, first] of [
        [data, /^respondent,audience,/],
        [codebook, /^variable,label,type,value,value_label/],
      ] as const) {
        const [download] = await Promise.all([admin.waitForEvent('download'), link.click()])
        const text = await readFile(await download.path(), 'utf8')
        expect(text).toMatch(first)
        if (link === data) {
          const rows = text.trim().split(/\r?\n/).slice(1)
          expect(rows.length).toBeGreaterThan(0)
          for (const row of rows) expect(row.split(',')[1]).toBe('migrant-workers')
        }
      }
    } finally {
      await context.close()
    }
    expect(pageErrors).toEqual([])
  })

  it('shows each item by its question, in the language the reader picked', async () => {
    const questions = async (locale: 'en' | 'tl') => {
      const assessment = await server.payload.findByID({
        collection: 'assessments',
        depth: 0,
        id: check.documentId,
        locale,
      })
      return new Map(assessment.items.map((item) => [item.key, item.question]))
    }
    for (const locale of ['en', 'tl'] as const) {
      const expected = await questions(locale)
      await page.goto(`${server.url}/admin/reports?campaign=${PHILIPPINES}&locale=${locale}`)
      const section = page.locator('[data-audience="migrant-workers"]')
      await section.waitFor({ state: 'visible' })
      await section.locator('.aware-items summary').click()
      const cells = section.locator('.aware-items td[data-item]')
      await expect.poll(() => cells.count()).toBe(check.items.length)
      for (const cell of await cells.all()) {
        const key = String(await cell.getAttribute('data-item'))
        expect(await cell.innerText(), `${locale} ${key}`).toBe(expected.get(key))
      }
    }
    // Tagalog questions are not the English ones: the locale really changed what is read.
    const [en, tl] = [await questions('en'), await questions('tl')]
    expect([...tl.values()]).not.toEqual([...en.values()])
    expect(pageErrors).toEqual([])
  })
})
