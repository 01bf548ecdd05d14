import type { Browser, FrameLocator, Page } from 'playwright-core'

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../src/server/startServer'

import { bodyToLexical } from '../../src/packs/lexical'
import { PASSWORD } from '../helpers/accounts'
import { launchChromium, SCREENSHOTS } from '../helpers/browser'
import { solidPng } from '../helpers/media'
import { startTestServer } from '../helpers/testServer'

/** The widget renders in an open shadow root; Playwright's CSS locators pierce it. */
const widgetTitle = (frame: FrameLocator | Page) => frame.locator('[data-aware-campaign] .aw h2')

describe('previewing a draft, in Chromium', () => {
  let server: RunningServer
  let chromium: Awaited<ReturnType<typeof launchChromium>>
  let browser: Browser
  let campaignId: number | string
  const pageErrors: string[] = []

  beforeAll(async () => {
    server = await startTestServer({ admin: 'production' })
    await server.payload.create({
      collection: 'users',
      data: { email: 'founder@example.org', password: PASSWORD, role: 'admin' },
    })
    await server.payload.create({
      collection: 'users',
      data: { email: 'editor@example.org', password: PASSWORD, role: 'editor' },
    })
    const audience = await server.payload.create({
      collection: 'audiences',
      data: { name: 'Migrant workers', slug: 'migrant-workers' },
    })
    const campaign = await server.payload.create({
      collection: 'campaigns',
      data: {
        audiences: [audience.id],
        period: { start: '2027-01-01' },
        summary: 'Read the contract before you sign it.',
        title: 'Before you sign',
      },
      draft: true,
      locale: 'en',
    })
    campaignId = campaign.id
    const poster = solidPng(480, 160, [37, 99, 235])
    const image = await server.payload.create({
      collection: 'media',
      data: { alt: 'Une affiche de recrutement légale' },
      file: { data: poster, mimetype: 'image/png', name: 'affiche.png', size: poster.length },
      locale: 'fr',
    })
    await server.payload.update({
      collection: 'campaigns',
      data: {
        body: bodyToLexical([
          { paragraph: 'Cherchez le numéro de licence sur chaque affiche.' },
          { image: { caption: 'Une affiche légale', media: image.id } },
        ]) as never,
        summary: 'Lisez le contrat avant de le signer.',
        title: 'Avant de signer',
      },
      draft: true,
      id: campaign.id,
      locale: 'fr',
    })
    chromium = await launchChromium()
    browser = chromium.browser
  })
  afterAll(async () => {
    await chromium?.close()
    await server?.close()
  })

  it('renders the real widget from the draft in the chosen language, at 360 and 1280 px, and follows edits', async () => {
    const context = await browser.newContext({ viewport: { height: 900, width: 1600 } })
    const page = await context.newPage()
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(`${server.url}/admin/login`)
    await page.getByLabel('Email').fill('editor@example.org')
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Login' }).click()
    await page.waitForURL(`${server.url}/admin`)

    await page.goto(`${server.url}/admin/collections/campaigns/${campaignId}?locale=fr`)
    await page.locator('#field-title').first().waitFor()
    await page.getByRole('button', { name: 'Live Preview' }).click()
    const frame = page.frameLocator('#live-preview-iframe')
    await expect
      .poll(() => widgetTitle(frame).innerText(), { timeout: 30_000 })
      .toBe('Avant de signer')
    expect(await frame.locator('[data-aware-campaign] .aw-summary').innerText()).toBe(
      'Lisez le contrat avant de le signer.',
    )
    expect(await frame.locator('.aware-preview-banner').innerText()).toMatch(
      /^Live preview of the latest draft in Français\./,
    )

    const widthOfFrame = () =>
      page
        .locator('#live-preview-iframe')
        .evaluate((iframe: HTMLIFrameElement) => iframe.contentWindow?.innerWidth ?? 0)
    const choose = async (label: string) => {
      await page
        .locator('.live-preview-toolbar-controls__breakpoint')
        .locator('button, [role="button"]')
        .first()
        .click()
      await page.getByRole('button', { name: label }).click()
    }
    await choose('Phone (360 px)')
    await expect.poll(widthOfFrame, { timeout: 10_000 }).toBe(360)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'live-preview-360.png') })
    await choose('Desktop (1280 px)')
    await expect.poll(widthOfFrame, { timeout: 10_000 }).toBe(1280)

    // The editor types; autosave stores the draft and the preview shows it.
    await page.locator('#field-title').first().fill('Avant de signer quoi que ce soit')
    await expect
      .poll(() => widgetTitle(frame).innerText(), { timeout: 30_000 })
      .toBe('Avant de signer quoi que ce soit')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'live-preview-1280.png') })

    // A link for a partner, opened without any account.
    const panel = page.locator('.aware-preview-link')
    await panel.getByRole('button', { name: 'Create preview link' }).click()
    const input = panel.locator('input[readonly]')
    await input.waitFor({ timeout: 20_000 })
    const link = await input.inputValue()
    expect(link).toMatch(new RegExp(`^${server.url}/preview/links/[\\w-]+\\.[\\w-]+$`))

    const stranger = await (await browser.newContext()).newPage()
    stranger.on('pageerror', (error) => pageErrors.push(error.message))
    await stranger.goto(link)
    await expect
      .poll(() => widgetTitle(stranger).innerText(), { timeout: 20_000 })
      .toBe('Avant de signer quoi que ce soit')
    expect(await stranger.locator('.aware-preview-banner').innerText()).toMatch(
      /^Preview of a draft in Français, not published yet/,
    )
    // The draft's image shows, read through the link (the public path serves running campaigns).
    const picture = stranger.locator('[data-aware-campaign] .aw-body img')
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(480)
    expect(await picture.getAttribute('alt')).toBe('Une affiche de recrutement légale')
    await stranger.screenshot({ path: path.join(SCREENSHOTS, 'preview-link.png') })

    // The editor revokes it from the panel; the partner's next visit is told so in plain words.
    const listed = panel.locator('.aware-preview-link__list li')
    await expect.poll(() => listed.count()).toBe(1)
    await listed.getByRole('button', { name: 'Revoke' }).click()
    await panel.getByText('Revoked: whoever opens it now is told that it was withdrawn.').waitFor()
    expect(await panel.getByText('No preview link of this campaign works now.').count()).toBe(1)
    const revoked = await stranger.goto(link)
    expect(revoked?.status()).toBe(410)
    expect(await stranger.locator('h1').innerText()).toBe('This preview link was revoked')
    expect(pageErrors).toEqual([])
  })
})
