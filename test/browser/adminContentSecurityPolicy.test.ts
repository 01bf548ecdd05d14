import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../src/server/startServer'

import { PASSWORD } from '../helpers/accounts'
import { launchChromium } from '../helpers/browser'
import { type BundledIds, importBundledCampaigns } from '../helpers/bundledCampaigns'
import { startTestServer } from '../helpers/testServer'

type Violation = { blockedURI: string; directive: string; sample: string }

/**
 * The admin works under its Content-Security-Policy: the main screens open with no violation
 * reported to the page and no "Refused to …" in the console, and a script injected into a page
 * (what an upload or a stored value could smuggle in) does not run.
 */
describe('the admin under its content security policy, in Chromium', () => {
  let server: RunningServer
  let chromium: Awaited<ReturnType<typeof launchChromium>>
  let browser: Browser
  let page: Page
  let ids: BundledIds
  const console: string[] = []
  const pageErrors: string[] = []

  const violations = () =>
    page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations)

  const open = async (path: string, ready: () => Promise<unknown>) => {
    await page.goto(`${server.url}${path}`)
    await ready()
    // Late chunks and menus load after the first paint.
    await page.waitForLoadState('networkidle')
    expect(await violations(), path).toEqual([])
  }

  beforeAll(async () => {
    server = await startTestServer({ admin: 'production' })
    ids = await importBundledCampaigns(server.payload)
    chromium = await launchChromium()
    browser = chromium.browser
    page = await browser.newPage({ viewport: { height: 1000, width: 1600 } })
    await page.addInitScript(() => {
      const seen: Violation[] = []
      ;(window as unknown as { cspViolations: Violation[] }).cspViolations = seen
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push({
          blockedURI: event.blockedURI,
          directive: event.violatedDirective,
          sample: event.sample,
        }),
      )
    })
    page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`))
    page.on('pageerror', (error) => pageErrors.push(error.message))
  })
  afterAll(async () => {
    await chromium?.close()
    await server?.close()
  })

  it('sends a nonce-based policy with every admin page, a new nonce each time, and no X-Powered-By', async () => {
    const policies = await Promise.all(
      [1, 2].map(async () =>
        (await fetch(`${server.url}/admin/login`)).headers.get('content-security-policy'),
      ),
    )
    for (const policy of policies) {
      expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/)
      expect(policy).toContain("object-src 'none'")
    }
    expect(policies[0]).not.toBe(policies[1])
    for (const path of ['/admin/login', '/api/users/me', '/embed.js', '/healthz', '/nothing']) {
      expect((await fetch(`${server.url}${path}`)).headers.get('x-powered-by'), path).toBeNull()
    }
    const api = await fetch(`${server.url}/api/openapi.json`)
    expect(api.headers.get('content-security-policy')).toBe(
      "base-uri 'none';default-src 'none';form-action 'none';frame-ancestors 'none'",
    )
  })

  it('opens the main screens without a violation', async () => {
    await open('/admin', () => page.waitForURL(/\/admin\/create-first-user/))
    await page.getByLabel('Email').fill('founder@example.org')
    await page.getByLabel('New Password', { exact: true }).fill(PASSWORD)
    await page.getByLabel('Confirm Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Create' }).click()
    await page.waitForURL(`${server.url}/admin`)

    await open('/admin', () =>
      page
        .getByRole('link', { name: /Campaigns/ })
        .first()
        .waitFor({ state: 'visible' }),
    )
    await open('/admin/collections/campaigns', () =>
      page.locator('table').first().waitFor({ state: 'visible' }),
    )
    const id = ids.campaigns['philippines-pre-departure']
    await open(`/admin/collections/campaigns/${id}`, () =>
      page.locator('[data-lexical-editor="true"]').first().waitFor({ state: 'visible' }),
    )
    // Typing in Lexical and opening a select menu (Emotion styles) exercise the editor at work.
    await page.locator('[data-lexical-editor="true"]').first().click()
    await page.keyboard.type(' Checked.')
    expect(await violations()).toEqual([])
    await open('/admin/collections/media', () => page.getByText(/Media/).first().waitFor())
    await open('/admin/collections/users', () =>
      page.locator('table').first().waitFor({ state: 'visible' }),
    )
    await open('/admin/reports', () =>
      page.getByRole('heading', { name: 'Reports' }).waitFor({ state: 'visible' }),
    )
    await open('/admin/field-upload', () => page.locator('form').first().waitFor())

    expect(console.filter((line) => /Content Security Policy|Refused to/i.test(line))).toEqual([])
    expect(pageErrors).toEqual([])
  })

  it('does not run script injected into an admin page, inline or as an attribute', async () => {
    // What a stored value rendered unescaped would put into the page the server sends.
    await page.route(`${server.url}/admin`, async (route) => {
      const response = await route.fetch()
      const html = (await response.text()).replace(
        '</body>',
        '<script>window.injectedRan = "inline"</script>' +
          '<img src="/nothing.png" onerror="window.injectedRan = \'attribute\'"></body>',
      )
      await route.fulfill({ body: html, response })
    })
    await page.goto(`${server.url}/admin`)
    await page.waitForLoadState('networkidle')
    await page.unroute(`${server.url}/admin`)
    expect(
      await page.evaluate(() => (window as { injectedRan?: string }).injectedRan),
    ).toBeUndefined()
    const refused = (await violations()).map((violation) => violation.directive)
    expect(refused).toContain('script-src-elem')
    expect(refused).toContain('script-src-attr')
  })
})
