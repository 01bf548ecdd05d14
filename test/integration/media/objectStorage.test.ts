import { HeadObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../../src/server/startServer'

import { exportPack } from '../../../src/packs/exportPack'
import { bodyToLexical } from '../../../src/packs/lexical'
import { readEnvironment } from '../../../src/environment'
import { signInAs } from '../../helpers/accounts'
import { type BundledIds, importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { PNG, pngCarrying, uploadMedia } from '../../helpers/media'
import { type S3TestServer, startS3Server } from '../../helpers/s3Server'
import { type ServerProcess, startServerProcess } from '../../helpers/serverProcess'

/**
 * Several instances behind a load balancer: an upload made through one is stored in the bucket
 * (none on its disk) and served by another, with the same guarantees as on one machine.
 */
describe('uploads in an S3-compatible bucket', () => {
  let s3: S3TestServer
  let server: RunningServer
  let other: ServerProcess
  let ids: BundledIds
  let editor: Awaited<ReturnType<typeof signInAs>>
  const otherMediaDir = mkdtempSync(path.join(tmpdir(), 'aware-other-media-'))

  const keysInBucket = async () =>
    ((await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket }))).Contents ?? []).map(
      ({ Key }) => Key,
    )
  const localFiles = () => {
    const dir = readEnvironment().mediaDir
    return [dir, otherMediaDir].flatMap((d) => (existsSync(d) ? readdirSync(d) : []))
  }
  /** A published campaign showing these images, with a bundled knowledge check (packs need one). */
  const publish = async (slug: string, media: (number | string)[]) => {
    const bundled = await server.payload.findByID({
      collection: 'campaigns',
      depth: 0,
      draft: true,
      id: Object.values(ids.campaigns)[0],
    })
    return server.payload.create({
      collection: 'campaigns',
      data: {
        _status: 'published',
        audiences: [ids.audiences['migrant-workers'] as number],
        body: bodyToLexical([
          { paragraph: 'Look for the licence number on every poster.' },
          ...media.map((id) => ({ image: { caption: 'A poster', media: id } })),
        ]) as never,
        knowledgeCheck: bundled.knowledgeCheck,
        period: { start: '2026-01-01T00:00:00.000Z' },
        slug,
        title: slug,
      },
    })
  }

  beforeAll(async () => {
    s3 = await startS3Server()
    Object.assign(process.env, s3.env)
    // payload.config.ts reads the S3 settings when it is first imported: after they are set.
    const { startTestServer } = await import('../../helpers/testServer')
    server = await startTestServer()
    ids = await importBundledCampaigns(server.payload)
    editor = await signInAs(server.payload, server.url, 'editor')
    other = await startServerProcess('test/fixtures/serveApiOnly.ts', { MEDIA_DIR: otherMediaDir })
    // Two servers, one in a process of its own, and the bundled campaigns: slow on a busy machine.
  }, 180_000)
  afterAll(async () => {
    other?.child.kill('SIGTERM')
    await other?.exited
    await server?.close()
    await s3?.stop()
    rmSync(otherMediaDir, { force: true, recursive: true })
    for (const name of Object.keys(s3?.env ?? {})) delete process.env[name]
  })

  it('stores an upload in the bucket, by the type its bytes have, and nothing on disk', async () => {
    const { body, status } = await uploadMedia(server.url, editor.headers, {
      bytes: PNG,
      name: 'bucket-poster.png',
      type: 'text/html',
    })
    expect(status).toBe(201)
    expect(body.doc?.mimeType).toBe('image/png')
    const object = await s3.client.send(
      new HeadObjectCommand({ Bucket: s3.bucket, Key: 'bucket-poster.png' }),
    )
    expect(object).toMatchObject({ ContentLength: PNG.length, ContentType: 'image/png' })
    expect(localFiles()).toEqual([])
  })

  it('is served by another instance, with the same headers as on one machine', async () => {
    const { body } = await uploadMedia(server.url, editor.headers, {
      bytes: PNG,
      name: 'shared-poster.png',
      type: 'image/png',
    })
    const filename = body.doc?.filename as string
    const [poster] = (
      await server.payload.find({ collection: 'media', where: { filename: { equals: filename } } })
    ).docs
    // An object left by an upload made before uploads were checked, typed as a page in the bucket.
    const legacy = await server.payload.create({
      collection: 'media',
      data: { alt: 'A poster' },
      file: { data: PNG, mimetype: 'image/png', name: 'planted.png', size: PNG.length },
    })
    const page = pngCarrying('<html><body><script>document.title = "ran"</script></body></html>')
    await s3.client.send(
      new PutObjectCommand({
        Body: page,
        Bucket: s3.bucket,
        ContentType: 'text/html',
        Key: 'legacy-page.html',
      }),
    )
    await server.payload.db.updateOne({
      collection: 'media',
      data: { filename: 'legacy-page.html', filesize: page.length, mimeType: 'text/html' },
      id: legacy.id,
    })
    expect((await fetch(`${server.url}/media/${filename}`)).status).toBe(404)
    // The other instance is asked only after publishing: its delivery cache is its own.
    await publish('bucket-posters', [poster.id, legacy.id])

    for (const url of [server.url, other.url]) {
      for (const route of ['/media/', '/api/media/file/']) {
        const image = await fetch(`${url}${route}${filename}`, { headers: editor.headers })
        expect(image.status, `${url}${route}`).toBe(200)
        expect(image.headers.get('content-type')).toBe('image/png')
        expect(image.headers.get('content-disposition')).toBeNull()
        expect(image.headers.get('x-content-type-options')).toBe('nosniff')
        expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true)

        const download = await fetch(`${url}${route}legacy-page.html`, { headers: editor.headers })
        expect(download.status, `${url}${route}`).toBe(200)
        expect(download.headers.get('content-type')).toBe('application/octet-stream')
        expect(download.headers.get('content-disposition')).toBe(
          'attachment; filename="legacy-page.html"',
        )
        expect(download.headers.get('x-content-type-options')).toBe('nosniff')
        expect(download.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
        expect(Buffer.from(await download.arrayBuffer()).equals(page)).toBe(true)
      }
      const partnerImage = await fetch(`${url}/media/${filename}`)
      expect(partnerImage.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
      expect((await fetch(`${url}/api/media/file/${filename}`)).status).toBe(403)
    }

    const packs = mkdtempSync(path.join(tmpdir(), 'aware-export-'))
    const folder = await exportPack(server.payload, 'bucket-posters', packs)
    expect(readFileSync(path.join(folder, 'images', filename)).equals(PNG)).toBe(true)
    rmSync(packs, { force: true, recursive: true })
    expect(localFiles()).toEqual([])
  })

  it('deletes the object with its document, and no instance serves it after', async () => {
    const { body } = await uploadMedia(server.url, editor.headers, {
      bytes: PNG,
      name: 'short-lived.png',
      type: 'image/png',
    })
    const filename = body.doc?.filename as string
    expect(await keysInBucket()).toContain(filename)
    const [doc] = (
      await server.payload.find({ collection: 'media', where: { filename: { equals: filename } } })
    ).docs
    const deleted = await fetch(`${server.url}/api/media/${doc.id}`, {
      headers: editor.headers,
      method: 'DELETE',
    })
    expect(deleted.status).toBe(200)
    expect(await keysInBucket()).not.toContain(filename)
    const gone = await fetch(`${other.url}/api/media/file/${filename}`, { headers: editor.headers })
    expect(gone.status).toBe(404)
  })
})
