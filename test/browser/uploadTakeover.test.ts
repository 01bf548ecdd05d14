import type { Browser, BrowserContext } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../src/server/startServer'

import { bodyToLexical } from '../../src/packs/lexical'
import { PASSWORD, signInAs } from '../helpers/accounts'
import { launchChromium } from '../helpers/browser'
import { type BundledIds, importBundledCampaigns } from '../helpers/bundledCampaigns'
import { plantUploadedFile, pngCarrying, uploadMedia } from '../helpers/media'
import { startTestServer } from '../helpers/testServer'

/**
 * The high finding, end to end: an editor's "image" whose script, opened by a signed-in
 * administrator, promotes the editor to administrator through the admin's own session.
 */
describe('an editor’s upload opened by an administrator, in Chromium', () => {
  let server: RunningServer
  let chromium: Awaited<ReturnType<typeof launchChromium>>
  let browser: Browser
  let admin: BrowserContext
  let ids: BundledIds
  let editor: Awaited<ReturnType<typeof signInAs>>

  const promoteEditor = () =>
    '<html><body><script>' +
    `fetch('/api/users/${editor.id}', { method: 'PATCH', credentials: 'include', ` +
    "headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ role: 'admin' }) })" +
    ".then(() => { document.title = 'promoted' })" +
    '</script></body></html>'

  const editorRole = async () =>
    (await server.payload.findByID({ collection: 'users', id: editor.id, overrideAccess: true }))
      .role

  /** The administrator opens the link the editor sent them; a download is not a page. */
  const adminOpens = async (url: string) => {
    const page = await admin.newPage()
    const ran: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'PATCH') ran.push(request.url())
    })
    await page.goto(url).catch((error: Error) => {
      if (!/Download is starting/.test(error.message)) throw error
    })
    await page.waitForTimeout(500)
    await page.close()
    return ran
  }

  beforeAll(async () => {
    server = await startTestServer()
    ids = await importBundledCampaigns(server.payload)
    // The first account becomes an administrator whatever it asks for: the admin comes first.
    await server.payload.create({
      collection: 'users',
      data: { email: 'admin@example.org', password: PASSWORD, role: 'admin' },
    })
    editor = await signInAs(server.payload, server.url, 'editor')
    chromium = await launchChromium()
    browser = chromium.browser
    admin = await browser.newContext()
    const login = await admin.request.post(`${server.url}/api/users/login`, {
      data: { email: 'admin@example.org', password: PASSWORD },
    })
    expect(login.status()).toBe(200)
  })
  afterAll(async () => {
    await chromium?.close()
    await server?.close()
  })

  it('cannot happen through a new upload: the page-named PNG is refused', async () => {
    const upload = await uploadMedia(server.url, editor.headers, {
      bytes: pngCarrying(promoteEditor()),
      name: 'poster.html',
      type: 'image/png',
    })
    expect(upload.status).toBe(400)
    expect(await adminOpens(`${server.url}/media/poster.html`)).toEqual([])
    expect(await adminOpens(`${server.url}/api/media/file/poster.html`)).toEqual([])
    expect(await editorRole()).toBe('editor')
  })

  it('cannot happen through a file uploaded before the checks, on either path', async () => {
    const asPage = await plantUploadedFile(server.payload, {
      bytes: pngCarrying(promoteEditor()),
      filename: 'old-page.html',
      mimeType: 'text/html',
    })
    const asImage = await plantUploadedFile(server.payload, {
      bytes: pngCarrying(promoteEditor()),
      filename: 'old-poster.html',
      mimeType: 'image/png',
    })
    await server.payload.create({
      collection: 'campaigns',
      data: {
        _status: 'published',
        audiences: [ids.audiences['migrant-workers'] as number],
        body: bodyToLexical([
          { paragraph: 'Posters.' },
          { image: { caption: 'One', media: asPage.id } },
          { image: { caption: 'Two', media: asImage.id } },
        ]) as never,
        period: { start: '2026-01-01T00:00:00.000Z' },
        slug: 'old-posters',
        title: 'Old posters',
      },
    })
    for (const path of ['/media/', '/api/media/file/']) {
      for (const filename of [asPage.filename, asImage.filename]) {
        expect(await adminOpens(`${server.url}${path}${filename}`), path + filename).toEqual([])
      }
      // Stored as an image, it still shows as one when opened directly.
      const page = await admin.newPage()
      await page.goto(`${server.url}${path}${asImage.filename}`)
      expect(await page.evaluate(() => document.images[0]?.naturalWidth)).toBe(1)
      await page.close()
    }
    expect(await editorRole()).toBe('editor')
  })
})
