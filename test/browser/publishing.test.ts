import type { Browser, Page } from 'playwright-core'

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../src/server/startServer'

import { PASSWORD } from '../helpers/accounts'
import { launchChromium, SCREENSHOTS } from '../helpers/browser'
import { type BundledIds, importShippedCampaigns } from '../helpers/bundledCampaigns'
import { startTestServer } from '../helpers/testServer'

const PH = 'philippines-pre-departure'

describe('publishing in the admin, in Chromium', () => {
  let server: RunningServer
  let chromium: Awaited<ReturnType<typeof launchChromium>>
  let browser: Browser
  let shipped: BundledIds
  const pageErrors: string[] = []

  const signIn = async (role: 'admin' | 'editor' | 'reviewer') => {
    const email = `${role}-${Math.random().toString(36).slice(2)}@example.org`
    await server.payload.create({ collection: 'users', data: { email, password: PASSWORD, role } })
    const context = await browser.newContext({ viewport: { height: 900, width: 1280 } })
    const page = await context.newPage()
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(`${server.url}/admin/login`)
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Login' }).click()
    await page.waitForURL(`${server.url}/admin`)
    return page
  }

  const openCampaign = async (page: Page, slug: string) => {
    await page.goto(`${server.url}/admin/collections/campaigns/${shipped.campaigns[slug]}`)
    await page.locator('#field-title').first().waitFor()
  }

  beforeAll(async () => {
    server = await startTestServer({ admin: 'production' })
    shipped = await importShippedCampaigns(server.payload)
    // The first account is the installation's administrator; these tests sign in others.
    await server.payload.create({
      collection: 'users',
      data: { email: 'founder@example.org', password: PASSWORD, role: 'admin' },
    })
    chromium = await launchChromium()
    browser = chromium.browser
  })
  afterAll(async () => {
    await chromium?.close()
    await server?.close()
  })

  it('lists what blocks publishing and refuses the publish with a message naming language, field and text', async () => {
    const page = await signIn('admin')
    await openCampaign(page, PH)
    const checklist = page.getByRole('region', { name: 'Before publishing' })
    await expect.poll(() => checklist.innerText()).toMatch(/\d+ things block publishing/)
    const text = await checklist.innerText()
    expect(text).toContain('Tagalog')
    expect(text).toContain('العربية')
    expect(text).toMatch(/Hotline “DMW \/ OWWA hotline” has never been verified/)

    await page.getByRole('button', { name: 'Publish changes' }).click()
    const toast = page.locator('.payload-toast-container').getByText(/cannot be published/)
    await toast.waitFor()
    const message = await toast.innerText()
    // One sentence per problem: language, field, then the text itself.
    expect(message).toMatch(
      /English \(en\) › Body › List › Item 5 › “…ps a worker’s passport .* \[PLACEHOLDER: amount unverified — reports give SAR 2‚000 or SAR 5‚000 per worker; check before publishing\]/,
    )
    await page.screenshot({ path: path.join(SCREENSHOTS, 'publish-refused.png') })
    const stored = await server.payload.findByID({
      collection: 'campaigns',
      id: shipped.campaigns[PH]!,
    })
    expect(stored._status).toBe('draft')
    expect(pageErrors).toEqual([])
  })

  it('blocks an editor before approval, lets a reviewer approve after the checklist, then publishes', async () => {
    const campaign = await server.payload.create({
      collection: 'campaigns',
      data: {
        audiences: [shipped.audiences['migrant-workers'] as number],
        period: { start: '2027-01-01' },
        summary: 'Read the contract before you sign it.',
        title: 'Before you sign',
      },
      draft: true,
    })
    const open = async (page: Page) => {
      await page.goto(`${server.url}/admin/collections/campaigns/${campaign.id}`)
      await page.locator('#field-title').first().waitFor()
    }

    const editor = await signIn('editor')
    await open(editor)
    const panel = editor.locator('.aware-review')
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toMatch(/Draft: not sent/)
    expect(await panel.innerText()).toMatch(/English — Not reviewed yet/)
    await editor.getByRole('button', { name: 'Publish changes' }).click()
    const refusal = editor
      .locator('.payload-toast-container')
      .getByText(/This version is not approved for publishing/)
    await refusal.waitFor()
    expect(await refusal.innerText()).toContain('English (en) has not been reviewed')
    await editor.screenshot({ path: path.join(SCREENSHOTS, 'publish-unapproved-refused.png') })
    await panel.getByRole('button', { name: 'Submit for review' }).click()
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toMatch(/In review/)
    const stored = await server.payload.findByID({ collection: 'campaigns', id: campaign.id })
    expect(stored._status).toBe('draft')

    const reviewer = await signIn('reviewer')
    await open(reviewer)
    const form = reviewer.locator('.aware-review__form')
    await form.waitFor({ timeout: 20_000 })
    await form.getByRole('button', { name: 'Approve English' }).click()
    await expect
      .poll(() => form.getByRole('alert').innerText())
      .toMatch(/only after the whole checklist; not ticked: The crime is depicted accurately/)
    for (const item of await form.locator('input[type="checkbox"]').all()) await item.check()
    await form.getByRole('button', { name: 'Approve English' }).click()
    const reviewerPanel = reviewer.locator('.aware-review')
    await expect
      .poll(() => reviewerPanel.innerText(), { timeout: 20_000 })
      .toMatch(/Approved: ready to publish/)
    await reviewer.screenshot({ path: path.join(SCREENSHOTS, 'review-approved.png') })

    await open(editor)
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toMatch(/Approved by reviewer-/)
    await editor.getByRole('button', { name: 'Publish changes' }).click()
    await expect
      .poll(
        async () =>
          (await server.payload.findByID({ collection: 'campaigns', id: campaign.id }))._status,
        { timeout: 20_000 },
      )
      .toBe('published')

    // The list says where each campaign stands in review.
    await editor.goto(`${server.url}/admin/collections/campaigns`)
    const stage = (title: string) =>
      editor.locator('tr', { hasText: title }).first().locator('.aware-stage').innerText()
    await expect.poll(() => stage('Before you sign'), { timeout: 20_000 }).toBe('Published')
    await expect.poll(() => stage('In Peru')).toBe('Draft')
    expect(pageErrors).toEqual([])
  })
})
