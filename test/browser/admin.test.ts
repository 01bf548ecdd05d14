import type { Browser, Page } from 'playwright-core'

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../src/server/startServer'

import { PASSWORD } from '../helpers/accounts'
import { launchChromium, SCREENSHOTS } from '../helpers/browser'
import { type BundledIds, importBundledCampaigns } from '../helpers/bundledCampaigns'
import { startTestServer } from '../helpers/testServer'

describe('the admin, in Chromium', () => {
  let server: RunningServer
  let chromium: Awaited<ReturnType<typeof launchChromium>>
  let browser: Browser
  let page: Page
  let ids: BundledIds
  const pageErrors: string[] = []

  beforeAll(async () => {
    server = await startTestServer({ admin: 'production' })
    ids = await importBundledCampaigns(server.payload)
    chromium = await launchChromium()
    browser = chromium.browser
    page = await browser.newPage({ viewport: { height: 900, width: 1280 } })
    page.on('pageerror', (error) => pageErrors.push(error.message))
  })
  afterAll(async () => {
    await chromium?.close()
    await server?.close()
  })

  it('creates the first user, who lands on the dashboard as an administrator', async () => {
    await page.goto(`${server.url}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/)
    // The first account is always an administrator: the form says so and offers no other role.
    await expect.poll(() => page.locator('.aware-first-role').innerText()).toMatch(/Administrator/)
    expect(await page.locator('form').innerText()).not.toMatch(/\bEditor\b/)
    await page.getByLabel('Email').fill('founder@example.org')
    await page.getByLabel('New Password', { exact: true }).fill(PASSWORD)
    await page.getByLabel('Confirm Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Create' }).click()
    await page.waitForURL(`${server.url}/admin`)
    await page
      .getByRole('link', { name: /Campaigns/ })
      .first()
      .waitFor({ state: 'visible' })

    const { docs } = await server.payload.find({ collection: 'users', overrideAccess: true })
    expect(docs.map((user) => [user.email, user.role])).toEqual([['founder@example.org', 'admin']])
  })

  it('titles body blocks and array rows by their content', async () => {
    await page.goto(
      `${server.url}/admin/collections/campaigns/${ids.campaigns['philippines-pre-departure']}`,
    )
    const blocks = page.locator('.aware-block-label')
    // A long Lexical body takes seconds to mount on a loaded machine.
    await expect.poll(() => blocks.count(), { timeout: 20_000 }).toBeGreaterThan(5)
    const labels = await blocks.allInnerTexts()
    expect(labels).toContain('Hotline · DMW / OWWA hotline')
    expect(labels).toContain('Warning signs · Warning signs of forced labour (ILO indicators)')
    const rows = await page.locator('.aware-row-label').allInnerTexts()
    expect(
      rows.some((row) => row.startsWith('US Department of State, Trafficking in Persons')),
    ).toBe(true)
    expect(rows).toContain('Migrant workers')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-block-labels.png') })
  })

  it('leaves no empty draft behind when “Create New” is opened and left', async () => {
    const before = await server.payload.count({ collection: 'campaigns', overrideAccess: true })
    await page.goto(`${server.url}/admin/collections/campaigns/create`)
    await page.locator('#field-title').first().waitFor()
    expect(page.url()).toMatch(/\/campaigns\/create$/)
    await page.goto(`${server.url}/admin/collections/campaigns`)
    await page.locator('.collection-list').waitFor()
    expect(await server.payload.count({ collection: 'campaigns', overrideAccess: true })).toEqual(
      before,
    )
  })

  it('opens a bundled campaign in Arabic with a right-to-left editor', async () => {
    const id = ids.campaigns['philippines-pre-departure']
    await page.goto(`${server.url}/admin/collections/campaigns/${id}`)
    // Blocks inside the body have title fields too; the campaign's own title comes first.
    const title = page.locator('#field-title').first()
    await expect.poll(() => title.inputValue()).toMatch(/[A-Za-z]/)
    const englishTitle = await title.inputValue()

    await page.locator('.localizer button').first().click()
    await page.getByRole('button', { name: 'العربية' }).click()
    await page.waitForURL(/locale=ar/)

    await expect.poll(() => title.getAttribute('data-rtl')).toBe('true')
    await expect.poll(() => title.inputValue()).toMatch(/[\u0600-\u06FF]/)
    expect(await title.inputValue()).not.toBe(englishTitle)
    const editor = page.locator('.editor-container').first()
    await expect.poll(() => editor.getAttribute('dir')).toBe('rtl')
    await expect
      .poll(() => page.locator('[data-lexical-editor="true"]').first().innerText())
      .toMatch(/[\u0600-\u06FF]/)
    await page.screenshot({ fullPage: true, path: path.join(SCREENSHOTS, 'admin-campaign-ar.png') })
    expect(pageErrors).toEqual([])
  })
})
