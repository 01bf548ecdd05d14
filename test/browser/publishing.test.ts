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

  const signIn = async (role: 'admin' | 'editor') => {
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
    const checklist = page.locator('.aware-checklist')
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
})
