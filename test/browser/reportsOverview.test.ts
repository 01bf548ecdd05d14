import type { Browser, Page } from 'playwright-core'

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ReportOverview } from '../../src/evaluation/reports/overview/readOverview'
import type { RunningServer } from '../../src/server/startServer'

import { changeSentence, reachSentence } from '../../src/evaluation/admin/overview/plainWords'
import { PASSWORD } from '../helpers/accounts'
import { launchChromium, SCREENSHOTS } from '../helpers/browser'
import { type BundledIds, importBundledCampaigns } from '../helpers/bundledCampaigns'
import { seedPopulation } from '../helpers/seedPopulation'
import { startTestServer } from '../helpers/testServer'

const EVALUATOR = 'overview-evaluator@example.org'

describe('the reports overview of the admin, in Chromium', () => {
  let server: RunningServer
  let chromium: Awaited<ReturnType<typeof launchChromium>>
  let browser: Browser
  let page: Page
  const pageErrors: string[] = []

  /** The overview as the API gives it, with the page's session, to compare with the page. */
  const apiOverview = async (): Promise<ReportOverview> => {
    const response = await page.request.get(`${server.url}/api/reports/overview`, {
      headers: { 'Sec-Fetch-Site': 'same-origin' },
    })
    expect(response.status()).toBe(200)
    return (await response.json()) as ReportOverview
  }

  const overviewState = async () => {
    const state = page.locator('.aware-overview [data-state]:not([data-state="loading"])').first()
    await state.waitFor({ state: 'visible' })
    return state
  }

  beforeAll(async () => {
    server = await startTestServer({ admin: 'production' })
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
    page = await browser.newPage({ viewport: { height: 1000, width: 1280 } })
    page.on('pageerror', (error) => pageErrors.push(error.message))
  })
  afterAll(async () => {
    await chromium?.close()
    await server?.close()
  })

  it('opens on an empty state that says what will appear and who adds campaigns', async () => {
    await page.goto(`${server.url}/admin/reports`)
    await page.waitForURL(/\/admin\/login/)
    await page.getByLabel('Email').fill(EVALUATOR)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Login' }).click()
    await page.waitForURL(`${server.url}/admin/reports`)
    const state = await overviewState()
    expect(await state.getAttribute('data-state')).toBe('empty')
    const text = await state.innerText()
    expect(text).toMatch(/No campaigns yet/)
    expect(text).toMatch(/An editor or administrator creates campaigns/)
    // A real deployment's evaluator has no terminal: no developer command in the empty state.
    expect(text).not.toMatch(/npm|seed:|run /)
    await page.screenshot({ fullPage: true, path: path.join(SCREENSHOTS, 'overview-empty.png') })

    await page.goto(`${server.url}/admin`)
    const card = page.getByRole('region', { name: 'Reports' })
    await expect.poll(() => card.getAttribute('data-state')).toBe('ready')
    expect(await card.innerText()).toMatch(/No campaigns yet/)
  })

  it('shows every campaign × audience with the figures the API returns, in words', async () => {
    const ids: BundledIds = await importBundledCampaigns(server.payload)
    await seedPopulation(server.payload, server.url, ids, { respondents: 1500, seed: 'overview' })
    await page.goto(`${server.url}/admin/reports`)
    expect(await (await overviewState()).getAttribute('data-state')).toBe('ready')
    const expected = await apiOverview()
    expect(expected.campaigns.length).toBe(3)
    let shown = 0
    let hidden = 0
    for (const report of expected.campaigns) {
      const section = page.locator(`[data-campaign="${report.campaign.slug}"]`)
      await section.waitFor({ state: 'visible' })
      expect(await section.getByRole('heading').innerText()).toBe(report.campaign.title)
      const rows =
        report.audiences.length > 1 ? [...report.audiences, report.total] : report.audiences
      for (const row of rows) {
        const tr = section.locator(`tr[data-audience="${row.audience ?? 'total'}"]`)
        if (row.suppressed) {
          hidden += 1
          expect(await tr.locator('[data-figure="suppressed"]').innerText()).toMatch(
            new RegExp(`fewer than ${report.k} people`),
          )
          continue
        }
        shown += 1
        const reach = await tr.locator('[data-figure="reach"]').innerText()
        expect(reach).toContain(row.reach.reached.toLocaleString('en'))
        expect(reach).toBe(reachSentence(row.reach))
        const change = await tr.locator('[data-figure="change"]').innerText()
        expect(change.startsWith(changeSentence(row.knowledge, report.k))).toBe(true)
        const pre = row.knowledge.pre
        if (!('suppressed' in pre) && pre.mean !== null) {
          expect(change).toContain(`${Math.round(pre.mean * 100)} %`)
        }
      }
    }
    expect(shown).toBeGreaterThan(0)
    // Every row of every campaign was on the page: each audience, and all together when several.
    expect(await page.locator('.aware-overview tr[data-audience]').count()).toBe(shown + hidden)
    await page.screenshot({ fullPage: true, path: path.join(SCREENSHOTS, 'overview-1280.png') })
    await page.setViewportSize({ height: 800, width: 360 })
    await page.screenshot({ fullPage: true, path: path.join(SCREENSHOTS, 'overview-360.png') })
    await page.setViewportSize({ height: 1000, width: 1280 })

    // The campaign's title leads to its own report, with its filters.
    const first = expected.campaigns[0]
    await page
      .locator(`[data-campaign="${first.campaign.slug}"]`)
      .getByRole('link', { name: `Open the full report of ${first.campaign.title}` })
      .click()
    await page.waitForURL(`${server.url}/admin/reports?campaign=${first.campaign.slug}`)
    expect(await page.getByLabel('Campaign', { exact: true }).inputValue()).toBe(
      first.campaign.slug,
    )
    await page.locator('[data-audience]').first().waitFor({ state: 'visible' })

    // And the dashboard's card names each campaign.
    await page.goto(`${server.url}/admin`)
    const card = page.getByRole('region', { name: 'Reports' })
    await expect.poll(() => card.getAttribute('data-state')).toBe('ready')
    for (const report of expected.campaigns) {
      expect(await card.locator(`[data-campaign="${report.campaign.slug}"]`).innerText()).toContain(
        report.campaign.title,
      )
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-reports-card.png') })
  })

  it('says what went wrong and what to do, and recovers when the server answers again', async () => {
    // A k below the deployment's, typed into the address: the endpoint's own 400, in words.
    await page.goto(`${server.url}/admin/reports?k=3`)
    const refused = await overviewState()
    expect(await refused.getAttribute('data-state')).toBe('error')
    expect(await refused.innerText()).toMatch(/"k" must be a whole number of at least 10/)
    await refused.getByRole('link', { name: 'Open the overview without it' }).click()
    await page.waitForURL(`${server.url}/admin/reports`)
    expect(await (await overviewState()).getAttribute('data-state')).toBe('ready')

    // The server out of reach: an error with a way to try again, never "loading" forever.
    await page.route('**/api/reports/overview**', (route) => route.abort('connectionrefused'))
    await page.reload()
    const failed = await overviewState()
    expect(await failed.getAttribute('data-state')).toBe('error')
    expect(await failed.innerText()).toMatch(/could not be reached/)
    await page.screenshot({ fullPage: true, path: path.join(SCREENSHOTS, 'overview-error.png') })
    await page.unroute('**/api/reports/overview**')
    await failed.getByRole('button', { name: 'Try again' }).click()
    await expect
      .poll(() =>
        page
          .locator('.aware-overview [data-state]:not([data-state="loading"])')
          .first()
          .getAttribute('data-state'),
      )
      .toBe('ready')
    expect(pageErrors).toEqual([])
  })
})
