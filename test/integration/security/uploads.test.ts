import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../../src/server/startServer'

import { bodyToLexical } from '../../../src/packs/lexical'
import { signInAs } from '../../helpers/accounts'
import { type BundledIds, importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { plantUploadedFile, PNG, pngCarrying, uploadMedia } from '../../helpers/media'
import { startTestServer } from '../../helpers/testServer'

const SCRIPT = '<html><body><script>document.title = "ran"</script></body></html>'
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><rect width="1" height="1"/></svg>'

/**
 * The attack: an editor uploads a real PNG whose name (or content) makes a browser treat it as a
 * page on Aware's origin. Opened by a signed-in administrator, its script acts as them.
 */
describe('uploads never run on Aware’s origin', () => {
  let server: RunningServer
  let ids: BundledIds
  let editor: Awaited<ReturnType<typeof signInAs>>

  const mediaCount = async () =>
    (await server.payload.count({ collection: 'media', overrideAccess: true })).totalDocs

  beforeAll(async () => {
    server = await startTestServer()
    ids = await importBundledCampaigns(server.payload)
    editor = await signInAs(server.payload, server.url, 'editor')
  })
  afterAll(async () => {
    await server?.close()
  })

  it('refuses a real PNG named as a page, an SVG, XML or a script, with a 400 naming the file', async () => {
    const before = await mediaCount()
    for (const name of [
      'poster.html',
      'poster.htm',
      'poster.svg',
      'poster.xhtml',
      'poster.xml',
      'poster.js',
    ]) {
      const { body, status } = await uploadMedia(server.url, editor.headers, {
        bytes: pngCarrying(SCRIPT),
        name,
        type: 'image/png',
      })
      expect(status, name).toBe(400)
      expect(body.errors?.[0]?.message).toContain(`"${name}" must end in .png, .jpg, .webp or .gif`)
    }
    expect(await mediaCount()).toBe(before)
  })

  it('refuses HTML, SVG and XML content whatever it is called or claims to be', async () => {
    const before = await mediaCount()
    const cases = [
      { bytes: Buffer.from(SCRIPT), name: 'poster.png', type: 'image/png' },
      { bytes: Buffer.from(SVG), name: 'logo.png', type: 'image/svg+xml' },
      { bytes: Buffer.from(`<?xml version="1.0"?>${SVG}`), name: 'logo.gif', type: 'image/gif' },
      { bytes: Buffer.from('alert(document.cookie)'), name: 'poster.jpg', type: 'image/jpeg' },
    ]
    for (const upload of cases) {
      const { body, status } = await uploadMedia(server.url, editor.headers, upload)
      expect(status, upload.name).toBe(400)
      expect(body.errors?.[0]?.message).toMatch(
        new RegExp(`"${upload.name}" is not a PNG, JPEG, WebP or GIF image`),
      )
    }
    expect(await mediaCount()).toBe(before)
  })

  it('stores the type the bytes have, not the one the client claims', async () => {
    const { body, status } = await uploadMedia(server.url, editor.headers, {
      bytes: PNG,
      name: 'claims-html.png',
      type: 'text/html',
    })
    expect(status).toBe(201)
    expect(body.doc?.mimeType).toBe('image/png')
  })

  it('serves a stored file by its stored type, as a sandboxed download unless it is an image', async () => {
    // A file left by an upload made before the checks existed.
    const planted = await plantUploadedFile(server.payload, {
      bytes: pngCarrying(SCRIPT),
      filename: 'legacy-page.html',
      mimeType: 'text/html',
    })
    const image = await plantUploadedFile(server.payload, {
      bytes: pngCarrying(SCRIPT),
      filename: 'legacy-poster.html',
      mimeType: 'image/png',
    })
    await server.payload.create({
      collection: 'campaigns',
      data: {
        _status: 'published',
        audiences: [ids.audiences['migrant-workers'] as number],
        body: bodyToLexical([
          { paragraph: 'Posters.' },
          { image: { caption: 'One', media: planted.id } },
          { image: { caption: 'Two', media: image.id } },
        ]) as never,
        period: { start: '2026-01-01T00:00:00.000Z' },
        slug: 'legacy-posters',
        title: 'Legacy posters',
      },
    })

    for (const path of ['/media/', '/api/media/file/']) {
      const page = await fetch(`${server.url}${path}legacy-page.html`, { headers: editor.headers })
      expect(page.status, path).toBe(200)
      expect(page.headers.get('content-type')).toBe('application/octet-stream')
      expect(page.headers.get('content-disposition')).toBe(
        'attachment; filename="legacy-page.html"',
      )
      expect(page.headers.get('x-content-type-options')).toBe('nosniff')
      expect(page.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")

      const poster = await fetch(`${server.url}${path}legacy-poster.html`, {
        headers: editor.headers,
      })
      expect(poster.status).toBe(200)
      expect(poster.headers.get('content-type')).toBe('image/png')
      expect(poster.headers.get('content-disposition')).toBeNull()
      expect(poster.headers.get('x-content-type-options')).toBe('nosniff')
      expect(Buffer.from(await poster.arrayBuffer()).equals(pngCarrying(SCRIPT))).toBe(true)
    }
  })
})
